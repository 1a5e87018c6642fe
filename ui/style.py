"""Look of the web chat: system fonts (nothing fetched from the network), readable at 320 px."""

from __future__ import annotations

import gradio as gr

SYSTEM_FONTS = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"]
MONO_FONTS = ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"]


def theme() -> gr.themes.Base:
    # The default theme pulls its fonts from Google (the product runs offline), and its orange
    # buttons fail WCAG AA contrast with white text; dark blue passes (about 6.7:1).
    base = gr.themes.Default(primary_hue="blue", font=SYSTEM_FONTS, font_mono=MONO_FONTS)
    return base.set(
        button_primary_background_fill="*primary_700",
        button_primary_background_fill_hover="*primary_800",
        button_primary_text_color="white",
        button_cancel_background_fill="#b91c1c",
        button_cancel_background_fill_hover="#991b1b",
        button_cancel_text_color="white",
        body_text_color_subdued="*neutral_600",
    )


CSS = """
.gradio-container { max-width: 960px !important; margin: 0 auto; }
.bpa-header h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
.bpa-scope { font-size: 1rem; line-height: 1.45; }
/* Papers hold long unbroken strings (URLs, codes); they must wrap, not widen the page at 320 px. */
.bpa-answer, .bpa-answer *, .bpa-question, .bpa-knows, .bpa-knows *, .bpa-outcomes { overflow-wrap: anywhere; }
.bpa-answer p { margin: 0 0 .5em; }
a.bpa-cite { font-weight: 700; white-space: nowrap; text-decoration: none; color: #1d4ed8; cursor: pointer; }
a.bpa-cite:hover { text-decoration: underline; }
a.bpa-cite:focus-visible, .bpa-original:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
.bpa-source.bpa-flash { background: #fff7d1; transition: background .6s; }
.bpa-open { margin: .3em 0; }
.bpa-original { font-weight: 600; }
.bpa-file { font-size: .85em; color: var(--body-text-color-subdued); }
.bpa-account { text-align: right; font-size: .95rem; }
.bpa-account a { font-weight: 600; }
.bpa-confirm { border-left: 4px solid #b91c1c; padding: .3em .8em; background: #fdecec; color: #3b0a0a; }
.bpa-filter-note { font-size: .92em; }
.bpa-sources { margin-top: .5em; border-top: 1px solid var(--border-color-primary); padding-top: .4em; }
.bpa-heading { margin: 0 0 .25em; }
.bpa-source { margin: .3em 0; }
.bpa-source summary { cursor: pointer; padding: .15em 0; }
.bpa-source summary:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
.bpa-facts { list-style: none; padding-left: 0; margin: .3em 0; font-size: .92em; }
.bpa-label { font-weight: 700; }
.bpa-passage { margin: .3em 0; padding: .3em .6em; border-left: 4px solid #1d4ed8; max-height: 22em;
               overflow-y: auto; font-size: .95em; }
.bpa-passage mark { background: #ffe066; color: #000; padding: 0 .1em; }
.bpa-note, .bpa-notice, .bpa-searched { font-size: .9em; font-style: italic; }
.bpa-table { overflow-x: auto; }
.bpa-table table { border-collapse: collapse; width: 100%; font-size: .92em; }
.bpa-table th, .bpa-table td { border: 1px solid var(--border-color-primary); padding: .25em .4em; text-align: left; }
.bpa-outcomes .bpa-error .bpa-label { color: #b91c1c; }
.bpa-outcomes .bpa-added .bpa-label, .bpa-outcomes .bpa-replaced .bpa-label { color: #166534; }
.bpa-examples button { white-space: normal !important; text-align: left; }
@media (max-width: 480px) {
  .gradio-container { padding: 4px !important; }
  .bpa-header h1 { font-size: 1.3rem; margin: 0; }
  .bpa-scope { font-size: .88rem; line-height: 1.35; margin: .2rem 0 0; }
  /* The question box must be on the first screen of a phone: a shorter conversation panel. */
  #bpa-chat { height: min(46vh, 400px) !important; min-height: 220px; }
}
"""

# The [n] markers are links: a click opens that source under its answer and brings it into view.
# The chat's HTML is sanitised (no inline handlers), so this one delegated listener does it.
CITATION_SCRIPT = r"""
<script>
document.addEventListener("click", function (event) {
  var cite = event.target.closest && event.target.closest("a.bpa-cite");
  if (cite) {
    event.preventDefault();
    var n = (cite.textContent.match(/\d+/) || [""])[0];
    var answer = cite.closest(".bpa-answer") || cite.closest(".message") || document;
    var sources = answer.querySelectorAll("details.bpa-source");
    for (var i = 0; i < sources.length; i++) {
      var summary = sources[i].querySelector("summary");
      if (summary && summary.textContent.trim().indexOf("[" + n + "]") === 0) {
        sources[i].open = true;
        sources[i].classList.add("bpa-flash");
        summary.focus({preventScroll: true});
        sources[i].scrollIntoView({block: "nearest"});
        (function (el) { setTimeout(function () { el.classList.remove("bpa-flash"); }, 1500); })(sources[i]);
        break;
      }
    }
    return;
  }
  var original = event.target.closest && event.target.closest("a.bpa-original");
  if (original) {  /* always a new tab: following it in place would lose the conversation */
    event.preventDefault();
    window.open(original.getAttribute("href"), "_blank", "noopener");
  }
});
</script>
"""
