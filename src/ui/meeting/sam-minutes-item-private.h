/* sam-minutes-item-private.h
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sam-form.h"
#include "sam-minutes-item.h"
#include "sam-owner-picker.h"

G_BEGIN_DECLS

/* What sam-minutes-item.c (the item, its texts and the lists of editors)
 * and sam-minutes-editor.c (one decision's or assignment's editor) share. */

#define SAM_MINUTES_SAVE_DELAY_MS 300

typedef enum
{
  EDITOR_DECISION,
  EDITOR_ASSIGNMENT,
} EditorKind;

/* The editor of one decision or one assignment. An editor with id 0 is a
 * draft: the database needs a decision's text (an assignment's title)
 * before it can hold the row, so the editor keeps what the user chose
 * until then. */
typedef struct
{
  SamMinutesItem *self;          /* borrowed */
  EditorKind      kind;
  GtkWidget      *root;          /* borrowed: a child of the box */
  gint64          id;
  guint           save_id;
  gboolean        updating;
  /* Owned: saves the stored row, marks the fields while the store refuses
   * it and tries again; the editor applies the fields itself. */
  SamForm        *form;

  /* Both */
  GtkWidget      *remove_button;
  GtkLabel       *hint_label;

  /* Decisions */
  GtkLabel       *heading_label;
  GtkTextView    *text_view;
  GtkDropDown    *outcome_drop_down;

  /* Assignments */
  GtkCheckButton *done_check;
  GtkEntry       *title_entry;
  SamOwnerPicker *owner_picker;
  GtkEntry       *due_entry;
  GtkMenuButton  *calendar_button;
  GtkCalendar    *calendar;
} Editor;

struct _SamMinutesItem
{
  GtkWidget    parent_instance;

  /* Template widgets */
  GtkTextView *minutes_view;
  GtkTextView *remarks_view;
  GtkEntry    *remarks_heading_entry;
  GtkImage    *lock_icon;
  GtkBox      *decisions_box;
  GtkBox      *assignments_box;

  /* Owned */
  SamStore    *store;
  GListModel  *decisions;
  GListModel  *assignments;
  GPtrArray   *decision_editors;
  GPtrArray   *assignment_editors;

  /* Borrowed: the editor whose row is being inserted right now */
  Editor      *inserting;

  gint64       agenda_item_id;
  /* Saves the minutes text, the remarks and their heading as typed. */
  SamForm     *text_form;
  gboolean     locked;
};

void    sam_minutes_item_show_error         (SamMinutesItem *self,
                                             const char     *what,
                                             const GError   *error);
void    sam_minutes_item_destroy_editor     (Editor         *editor);

Editor *sam_minutes_editor_new_decision     (SamMinutesItem *self);
Editor *sam_minutes_editor_new_assignment   (SamMinutesItem *self);
void    sam_minutes_editor_update           (Editor         *editor,
                                             gpointer        entity);
void    sam_minutes_editor_apply_locked     (Editor         *editor);
void    sam_minutes_editor_save_now         (Editor         *editor);
void    sam_minutes_editor_flush_form       (Editor         *editor);
char   *sam_minutes_buffer_text             (GtkTextView    *view) G_GNUC_WARN_UNUSED_RESULT;
void    sam_minutes_set_buffer_text         (GtkTextView    *view,
                                             const char     *text);

G_END_DECLS
