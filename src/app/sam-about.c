/* sam-about.c: the About window, filled in from the metainfo.
 *
 * libadwaita 1.4 reads the About window's fields from the metainfo itself
 * (adw_about_window_new_from_appdata); Debian 12 has libadwaita 1.2, which
 * does not, so this reads the same file: the name, the developer, the
 * links, the version and the notes of the latest release, in the language
 * of the user interface. What the About window says is therefore what
 * GNOME Software and Flathub show.
 *
 * Copyright 2026 The Samverkan developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sam-about"

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "sam-about.h"

#define METAINFO_RESOURCE "/io/github/samverkan/Samverkan/about/metainfo.xml"

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE
         && xmlStrEqual (node->name, BAD_CAST name);
}

static char *
node_lang (xmlNode *node)
{
  xmlChar *lang = xmlNodeGetLang (node);
  char *copy = lang != NULL ? g_strdup ((const char *)lang) : NULL;

  xmlFree (lang);
  return copy;
}

/* How well @lang suits the user: 0 for the best, larger for worse, G_MAXINT
 * for not at all. An element without a language is the untranslated
 * original, which suits everyone last. */
static int
language_rank (const char *lang)
{
  const char * const *names = g_get_language_names ();
  int i;

  for (i = 0; names[i] != NULL; i++)
    {
      if (lang == NULL && g_str_equal (names[i], "C"))
        return i;
      if (lang != NULL && g_str_equal (names[i], lang))
        return i;
    }

  return lang == NULL ? i : G_MAXINT;
}

/* Among @original and the translations of it that follow it (siblings of
 * the same name with xml:lang), the one in the user's language. */
static xmlNode *
pick_translation (xmlNode *original)
{
  xmlNode *best = original;
  int best_rank = language_rank (NULL);

  for (xmlNode *node = original->next; node != NULL; node = node->next)
    {
      g_autofree char *lang = NULL;
      int rank;

      if (node->type != XML_ELEMENT_NODE)
        continue;
      if (!xmlStrEqual (node->name, original->name) || (lang = node_lang (node)) == NULL)
        break;

      rank = language_rank (lang);
      if (rank < best_rank)
        {
          best = node;
          best_rank = rank;
        }
    }

  return best;
}

static gboolean
is_translation (xmlNode *node)
{
  g_autofree char *lang = node_lang (node);

  return lang != NULL;
}

/* The first child of @parent called @name, in the user's language. */
static xmlNode *
find_child (xmlNode    *parent,
            const char *name)
{
  for (xmlNode *node = parent != NULL ? parent->children : NULL; node != NULL; node = node->next)
    if (is_element (node, name) && !is_translation (node))
      return pick_translation (node);

  return NULL;
}

static char *
node_text (xmlNode *node)
{
  xmlChar *content;
  char *text;

  if (node == NULL)
    return NULL;

  content = xmlNodeGetContent (node);
  text = g_strstrip (g_strdup ((const char *)content));
  xmlFree (content);

  return text;
}

/* The release notes as the markup AdwAboutWindow takes: <p>, <ul> and
 * <li>, each in the user's language. */
static void
append_description (GString *markup,
                    xmlNode *parent)
{
  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    {
      xmlNode *chosen;

      if (node->type != XML_ELEMENT_NODE || is_translation (node))
        continue;

      chosen = pick_translation (node);
      if (is_element (chosen, "p") || is_element (chosen, "li"))
        {
          g_autofree char *text = node_text (chosen);
          g_autofree char *escaped = g_markup_escape_text (text, -1);

          g_string_append_printf (markup, "<%s>%s</%s>", chosen->name, escaped, chosen->name);
        }
      else if (is_element (chosen, "ul") || is_element (chosen, "ol"))
        {
          g_string_append_printf (markup, "<%s>", chosen->name);
          append_description (markup, chosen);
          g_string_append_printf (markup, "</%s>", chosen->name);
        }
    }
}

static xmlNode *
find_url (xmlNode    *component,
          const char *type)
{
  for (xmlNode *node = component->children; node != NULL; node = node->next)
    {
      xmlChar *value;
      gboolean match;

      if (!is_element (node, "url"))
        continue;

      value = xmlGetProp (node, BAD_CAST "type");
      match = value != NULL && xmlStrEqual (value, BAD_CAST type);
      xmlFree (value);
      if (match)
        return node;
    }

  return NULL;
}

static void
fill_from_metainfo (AdwAboutWindow *about,
                    xmlNode        *component)
{
  g_autofree char *name = node_text (find_child (component, "name"));
  g_autofree char *summary = node_text (find_child (component, "summary"));
  g_autofree char *developer = node_text (find_child (find_child (component, "developer"), "name"));
  g_autofree char *homepage = node_text (find_url (component, "homepage"));
  g_autofree char *issues = node_text (find_url (component, "bugtracker"));
  g_autofree char *source = node_text (find_url (component, "vcs-browser"));
  g_autofree char *translate = node_text (find_url (component, "translate"));
  xmlNode *release = find_child (find_child (component, "releases"), "release");

  if (name != NULL)
    adw_about_window_set_application_name (about, name);
  if (summary != NULL)
    adw_about_window_set_comments (about, summary);
  if (developer != NULL)
    adw_about_window_set_developer_name (about, developer);
  if (homepage != NULL)
    adw_about_window_set_website (about, homepage);
  if (issues != NULL)
    adw_about_window_set_issue_url (about, issues);
  if (source != NULL)
    adw_about_window_add_link (about, _("_Source Code"), source);
  if (translate != NULL)
    adw_about_window_add_link (about, _("_Translations"), translate);

  if (release != NULL)
    {
      xmlChar *version = xmlGetProp (release, BAD_CAST "version");
      xmlNode *description = find_child (release, "description");

      if (version != NULL)
        adw_about_window_set_release_notes_version (about, (const char *)version);
      if (description != NULL)
        {
          g_autoptr(GString) markup = g_string_new (NULL);

          append_description (markup, description);
          adw_about_window_set_release_notes (about, markup->str);
        }
      xmlFree (version);
    }
}

/**
 * sam_about_window_new:
 *
 * Returns: (transfer floating): an About window that says what the
 *   metainfo of this build says
 */
GtkWidget *
sam_about_window_new (void)
{
  GtkWidget *about = adw_about_window_new ();
  g_autoptr(GBytes) bytes = NULL;
  xmlDoc *doc = NULL;
  xmlNode *root;
  gsize size;
  const char *data;

  /* What the metainfo does not say. */
  adw_about_window_set_application_name (ADW_ABOUT_WINDOW (about), "Samverkan");
  adw_about_window_set_version (ADW_ABOUT_WINDOW (about), PACKAGE_VERSION);
  adw_about_window_set_copyright (ADW_ABOUT_WINDOW (about), _("© 2026 The Samverkan developers"));
  adw_about_window_set_license_type (ADW_ABOUT_WINDOW (about), GTK_LICENSE_GPL_3_0);
  /* Translators: replace with your names, one per line. */
  adw_about_window_set_translator_credits (ADW_ABOUT_WINDOW (about), _("translator-credits"));

  bytes = g_resources_lookup_data (METAINFO_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes != NULL)
    {
      data = g_bytes_get_data (bytes, &size);
      doc = xmlReadMemory (data, (int)size, "metainfo.xml", "UTF-8",
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    }

  root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;
  if (is_element (root, "component"))
    fill_from_metainfo (ADW_ABOUT_WINDOW (about), root);
  else
    g_warning ("The metainfo is missing from the resources; the About window is incomplete");

  g_clear_pointer (&doc, xmlFreeDoc);

  return about;
}
