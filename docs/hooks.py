"""mkdocs hooks (mkdocs.yml `hooks:`): the pages cpkb.site generates, added at build time.

The pages are built once per build, in on_config, so that the navigation can list them;
on_files hands them, and the downloads (a CSV of the key timescales), to mkdocs as generated
files (nothing is written into docs/),
on_page_markdown ends every page with the glossary's abbreviations for hover tooltips, and
on_page_content names each table cell's column (data-label), for the phone layout of tables.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from cpkb.site import Site, build_site, expand_nav, label_cells

_built: dict[str, Site] = {}  # the site of the build under way, shared by the hooks below


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    site = build_site(Path(config.config_file_path).parent)
    _built["site"] = site
    config.nav = expand_nav(config.nav, site)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    site = _built["site"]
    for src_uri, content in {**site.pages, **site.downloads}.items():
        files.append(File.generated(config, src_uri, content=content))
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return f"{markdown}\n\n{_built['site'].abbreviations}"


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return label_cells(html)
