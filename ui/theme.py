"""One visual language for the portal: colours, type, spacing."""
from __future__ import annotations

from nicegui import app, ui

PRIMARY = '#A61D24'  # the portal's red
PRIMARY_DARK = '#7F1419'
ACCENT = '#F4C430'  # gold of the national emblem
INK = '#1F2933'
MUTED = '#52606D'
SURFACE = '#F5F6F8'

_CSS = f'''
:root {{ --portal-primary: {PRIMARY}; --portal-ink: {INK}; --portal-muted: {MUTED}; }}
html, body {{ font-family: "Be Vietnam Pro", "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif;
  color: {INK}; background: {SURFACE}; }}
.portal-header {{ background: linear-gradient(90deg, {PRIMARY_DARK}, {PRIMARY}); }}
.portal-title {{ font-weight: 700; letter-spacing: .01em; line-height: 1.15; }}
.portal-subtitle {{ color: {ACCENT}; font-size: .78rem; text-transform: uppercase; letter-spacing: .04em; }}
.portal-card {{ background: white; border-radius: 12px; box-shadow: 0 1px 3px rgba(16,24,40,.08); }}
.portal-muted {{ color: {MUTED}; }}
.portal-hero {{ background: linear-gradient(120deg, {PRIMARY} 0%, {PRIMARY_DARK} 100%); color: white; border-radius: 16px; }}
.portal-figure {{ font-size: 1.75rem; font-weight: 700; color: {PRIMARY}; }}
/* the footer runs the full width under the content and sits at the bottom of a short page */
.q-page > .nicegui-content {{ padding: 0; gap: 0; min-height: inherit; }}
.portal-footer {{ background: #2B2F36; color: #E4E7EB; margin-top: auto; }}
.portal-footer a {{ color: {ACCENT}; }}
.portal-nav a {{ color: {INK}; text-decoration: none; }}
.portal-search {{ background: white; color: {INK}; border: 1px solid rgba(0,0,0,.24); border-radius: 4px;
  padding: 7px 12px; font-size: 14px; line-height: 20px; outline: none; }}
.portal-search:focus-visible {{ outline: 3px solid {ACCENT}; outline-offset: 2px; }}
.portal-search--large {{ font-size: 16px; padding: 14px 16px; border: none; }}
.portal-search-button {{ background: {ACCENT}; color: {INK}; border: none; border-radius: 4px; padding: 0 18px;
  font-weight: 500; font-size: 15px; cursor: pointer; }}
.portal-search-button:hover {{ filter: brightness(1.05); }}
.portal-login {{ background: white; color: {PRIMARY}; border-radius: 4px; padding: 6px 14px; font-weight: 500;
  min-height: 36px; }}
.portal-login:hover {{ background: #FDF2F2; }}
.portal-lang {{ padding: 6px 10px; border-radius: 4px; font-weight: 500; min-height: 36px; }}
.portal-lang:hover {{ background: rgba(255,255,255,.12); }}
.portal-list {{ margin: 0; padding-left: 1.25rem; display: flex; flex-direction: column; gap: .4rem; }}
ul.portal-list {{ list-style: disc; }}
ol.portal-list {{ list-style: none; padding-left: 0; }}
.portal-plain {{ list-style: none; margin: 0; padding: 0; }}
.portal-table-wrap {{ width: 100%; overflow-x: auto; }}
.portal-table {{ width: 100%; border-collapse: collapse; }}
.portal-table th {{ color: {MUTED}; font-weight: 500; padding: 8px 12px; border-bottom: 1px solid #E4E7EB; }}
.portal-table td {{ padding: 10px 12px; border-bottom: 1px solid #F0F2F4; vertical-align: top; }}
.portal-faq {{ border-bottom: 1px solid #F0F2F4; padding: 10px 0; }}
.portal-faq summary {{ cursor: pointer; font-weight: 500; display: list-item; list-style: disclosure-closed inside; }}
.portal-faq[open] summary {{ list-style-type: disclosure-open; }}
.portal-faq p {{ margin: 8px 0 0; color: {MUTED}; }}
.portal-skip {{ position: absolute; left: -999px; }}
.portal-skip:focus {{ left: 8px; top: 8px; z-index: 9999; background: white; color: {PRIMARY}; padding: 8px 12px; }}
a:focus-visible, button:focus-visible, .q-field--focused {{ outline: 3px solid {ACCENT}; outline-offset: 2px; }}
/* Quasar's buttons, checkboxes and radios take no outline (`no-outline` is !important): a ring */
.q-focusable:focus-visible, .q-btn:focus-visible {{ box-shadow: 0 0 0 3px {ACCENT}, 0 0 0 5px {PRIMARY_DARK}; }}
/* WCAG 2.1 AA contrast (4.5:1): links without a colour of their own, in NiceGUI's layer so that
   colour classes still win; dates under timeline entries; the steps not reached yet */
@layer nicegui {{ .nicegui-link {{ color: {PRIMARY}; }} }}
.q-timeline__subtitle {{ color: {MUTED}; opacity: 1; }}
.q-stepper__tab:not(.q-stepper__tab--active):not(.q-stepper__tab--done):not(.q-stepper__tab--error) {{
  color: {MUTED}; }}
'''


def install_theme() -> None:
    """Once at start-up: the stylesheet and Quasar brand colours every page shares (set here, not
    per page, so no page pays for them), and a name for Quasar's loading bar
    (a progressbar needs one), in the page's language."""
    ui.add_css(_CSS, shared=True)
    app.colors(primary=PRIMARY, secondary=PRIMARY_DARK, accent=ACCENT, positive='#1E7B34',
               negative='#B00020', warning='#B45309', info='#1D4ED8', dark=INK)
    if 'LoadingBar.setDefaults' not in app.config.vue_config_script:
        app.config.vue_config_script += (
            "Quasar.LoadingBar.setDefaults({'aria-label': language.startsWith('en') ? 'Loading' : 'Đang tải'});\n")
