/* crash-window-edit.c: the editing half of tests/crash/kill9-window-edit.sh.
 *
 *   crash-window-edit DATABASE
 *
 * Shows a window with an entry bound through SamForm (the binding the
 * Plan, Focus and activity pages edit with) to the name of municipality 1,
 * opened the way the window opens the database, and types a new name
 * ("edit 1", "edit 2", …) every few milliseconds. Each time the form says
 * the store took an edit it prints "saved N" and flushes, so whoever kills
 * it knows which edits were acknowledged. It never quits by itself.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include <adwaita.h>

#include "sam-form.h"
#include "sam-plan-util.h"
#include "sam-store.h"

typedef struct
{
  GtkEditable *entry;
  SamForm *form;
  guint        typed;
  guint        pending;
} Editor;

static void
saved_cb (SamForm *form,
          Editor      *editor)
{
  printf ("saved %u\n", editor->pending);
  fflush (stdout);
}

static gboolean
type_cb (gpointer data)
{
  Editor *editor = data;
  g_autofree char *text = g_strdup_printf ("edit %u", ++editor->typed);

  gtk_editable_set_text (editor->entry, text);
  editor->pending = editor->typed;
  /* As a page does before it closes: what was typed is written now. */
  sam_form_flush (editor->form);

  return G_SOURCE_CONTINUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SamStore) store = NULL;
  g_autoptr(SamEntity) municipality = NULL;
  g_autoptr(GError) error = NULL;
  Editor editor = { 0 };
  GtkWidget *window;
  GtkWidget *entry;

  if (argc != 2)
    {
      g_printerr ("usage: crash-window-edit DATABASE\n");
      return 2;
    }

  gtk_init ();
  adw_init ();

  store = sam_store_open_full (argv[1], SAM_STORE_OPEN_EXISTING | SAM_STORE_OPEN_INTERACTIVE, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  municipality = sam_store_load (store, SAM_TYPE_MUNICIPALITY, 1, &error);
  if (municipality == NULL)
    {
      g_printerr ("no municipality 1: %s\n", error != NULL ? error->message : "");
      return 1;
    }

  window = gtk_window_new ();
  entry = gtk_entry_new ();
  gtk_window_set_child (GTK_WINDOW (window), entry);
  gtk_window_present (GTK_WINDOW (window));

  editor.entry = GTK_EDITABLE (entry);
  editor.form = sam_form_new (store);
  sam_form_bind_editable (editor.form, editor.entry, "name", TRUE);
  sam_form_set_entity (editor.form, municipality);
  g_signal_connect (editor.form, "saved", G_CALLBACK (saved_cb), &editor);

  printf ("ready\n");
  fflush (stdout);
  g_timeout_add (5, type_cb, &editor);

  while (TRUE)
    g_main_context_iteration (NULL, TRUE);

  return 0;
}
