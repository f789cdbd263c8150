"""Open the course anywhere (course_utils.instructor.launch): badges, the Colab cell, the README's routes.

The slow end-to-end test (marked ``packaging``) builds the wheel, installs nothing but an empty virtual environment
whose only view of the course's dependencies is a folder of links to this environment's packages (course_utils
left out), and runs two notebooks from a folder outside the repository under nbval, with a stand-in
``google.colab`` module: the Colab branch of their first cell installs the package from the local wheel through
``COURSE_UTILS_SOURCE`` and then runs ``colab-install``, as on Colab.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

import pytest

from course_utils.instructor import launch, notebook_sources

tomllib = pytest.importorskip("tomllib")  # Python 3.11+

ROOT = Path(__file__).resolve().parents[1]
CONFIG = launch.read_config()
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
README = (ROOT / "README.md").read_text(encoding="utf-8")

MINIMAL = """\
# %% [markdown] slideshow={"slide_type": "slide"}
# # 42 · A title
#
# > One line.

# %% [markdown] slideshow={"slide_type": "notes"}
# Notes.

# %% slideshow={"slide_type": "skip"}
import course_utils

course_utils.setup()

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. Text
"""


# --- configuration ------------------------------------------------------------------------------------------------


def test_config_is_read_from_pyproject():
    table = PYPROJECT["tool"]["course"]
    assert CONFIG == launch.CourseConfig(table["repository"], table.get("branch", "main"))


@pytest.mark.parametrize("body, words", [
    ("[project]\nname = 'x'\n", ["no [tool.course] table", 'repository = "owner/name"']),
    ("[tool.course]\nrepository = 'https://github.com/a/b'\n", ["'owner/name'", "'https://github.com/a/b'"]),
    ("[tool.course]\nrepository = 3\n", ["'owner/name'", "got 3"]),
    ("[tool.course]\nrepository = 'a/b'\nbranch = 'two words'\n", ["branch", "'two words'"]),
])
def test_bad_config_says_what_to_write(tmp_path, body, words):
    path = tmp_path / "pyproject.toml"
    path.write_text(body)
    with pytest.raises(ValueError) as info:
        launch.read_config(path)
    for word in words:
        assert word in str(info.value)


def test_missing_pyproject_says_where_to_run(tmp_path):
    with pytest.raises(FileNotFoundError, match="inside the course repository"):
        launch.read_config(tmp_path / "pyproject.toml")


def test_package_metadata_urls_use_the_configured_repository():
    urls = PYPROJECT["project"]["urls"]
    assert {"Repository", "Documentation", "Homepage"} <= set(urls)
    for name, url in urls.items():
        assert url.startswith(f"https://github.com/{CONFIG.repository}"), f"[project.urls] {name}: {url}"
        branch = re.search(r"/blob/([^/]+)/", url)
        assert branch is None or branch.group(1) == CONFIG.branch, f"[project.urls] {name}: {url}"
    assert PYPROJECT["project"]["license"] == "MIT"
    assert (ROOT / "LICENSE").is_file() and "MIT License" in (ROOT / "LICENSE").read_text()
    content = (ROOT / "LICENSE-CONTENT.md").read_text(encoding="utf-8")
    assert "Creative Commons Attribution 4.0 International Public License" in content


def test_citation_and_changelog_match_the_package():
    citation = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    assert f'repository-code: "https://github.com/{CONFIG.repository}"' in citation
    assert f'version: "{PYPROJECT["project"]["version"]}"' in citation
    assert f"## [{PYPROJECT['project']['version']}]" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


# --- links --------------------------------------------------------------------------------------------------------


def test_links():
    config = launch.CourseConfig("someone/course", "dev")
    assert config.colab_url("student/03_perceptron.ipynb") == \
        "https://colab.research.google.com/github/someone/course/blob/dev/student/03_perceptron.ipynb"
    assert config.binder_url() == \
        "https://mybinder.org/v2/gh/someone/course/dev?urlpath=lab/tree/student/00_welcome.ipynb"
    assert config.package_source == "course-utils @ https://github.com/someone/course/archive/refs/heads/dev.zip"
    assert launch.colab_badge("U") == "[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](U)"


@pytest.mark.parametrize("source, target", [
    ("notebooks/source/03_perceptron.py", "student/03_perceptron.ipynb"),
    ("templates/source/99_template.py", "templates/99_template.ipynb"),
    ("notebooks/fr/source/03_perceptron.py", "student/fr/03_perceptron.ipynb"),
])
def test_colab_opens_the_student_edition_where_there_is_one(tmp_path, source, target):
    assert launch.colab_target(ROOT / source) == target
    assert launch.colab_target(tmp_path / source, root=tmp_path) == target


def test_colab_target_bad_paths(tmp_path):
    with pytest.raises(ValueError, match="not inside the repository"):
        launch.colab_target(tmp_path / "notebooks" / "source" / "03_x.py")
    with pytest.raises(ValueError, match="source/"):
        launch.colab_target(ROOT / "notebooks" / "03_perceptron.py")


# --- rendering a text source --------------------------------------------------------------------------------------


def _render(text, config=CONFIG, url="https://colab.example/nb.ipynb"):
    return launch.render_source(text, url, config)


def test_render_inserts_badge_and_colab_cell_before_the_setup_cell():
    import jupytext

    new = _render(MINIMAL)
    assert new.startswith('# %% [markdown] slideshow={"slide_type": "slide"}\n'
                          "# [![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)]"
                          "(https://colab.example/nb.ipynb)\n#\n# # 42 · A title\n")
    cells = jupytext.reads(new, fmt="py:percent").cells
    assert [c.cell_type for c in cells] == ["markdown", "markdown", "code", "code", "markdown"]
    colab, setup = cells[2], cells[3]
    assert colab.source == launch.colab_cell(CONFIG).rstrip("\n")
    assert colab.metadata["slideshow"] == {"slide_type": "skip"}
    assert "course_utils.setup()" in setup.source
    badge = "# [![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.example/nb.ipynb)"
    cell = '# %% slideshow={"slide_type": "skip"}\n' + launch.colab_cell(CONFIG) + "\n"
    expected = MINIMAL.replace("# # 42", f"{badge}\n#\n# # 42").replace("# %% slideshow", cell + "# %% slideshow")
    assert new == expected, "nothing else may change"


def test_render_is_idempotent_and_updates_stale_links():
    once = _render(MINIMAL)
    assert _render(once) == once
    moved = launch.CourseConfig("someone/course", "dev")
    again = _render(once, config=moved, url="https://colab.example/other.ipynb")
    assert again == _render(MINIMAL, config=moved, url="https://colab.example/other.ipynb")
    assert again.count("Open In Colab") == 1 and again.count(launch.COLAB_GUARD) == 1
    assert "someone/course" in again and CONFIG.repository not in again


def test_render_bad_sources():
    with pytest.raises(ValueError, match="first cell must be the markdown title cell"):
        _render("# %%\nx = 1\n")
    with pytest.raises(ValueError, match="no code cell"):
        _render('# %% [markdown] slideshow={"slide_type": "slide"}\n# # 42 · T\n')


def test_the_colab_cell_does_nothing_elsewhere(capsys):
    code = launch.colab_cell(CONFIG)
    assert code.splitlines()[0].startswith("# ") and len([ln for ln in code.splitlines() if ln.startswith("#")]) == 1
    assert "google.colab" not in sys.modules
    before = set(sys.modules)
    start = time.perf_counter()
    exec(compile(code, "colab_cell", "exec"), {})
    assert time.perf_counter() - start < 0.2
    assert capsys.readouterr() == ("", "")
    assert set(sys.modules) - before == set()


def test_the_colab_cell_names_the_override_and_the_configured_source():
    code = launch.colab_cell(CONFIG)
    assert f'os.environ.get("{launch.SOURCE_VARIABLE}",' in code and CONFIG.package_source in code
    assert launch.SOURCE_VARIABLE in README, "README.md should document the COURSE_UTILS_SOURCE override"


# --- apply on copies (never on the real notebooks here) ------------------------------------------------------------


def _copy_sources(tmp_path):
    (tmp_path / "notebooks" / "source").mkdir(parents=True)
    (tmp_path / "templates" / "source").mkdir(parents=True)
    copies = [tmp_path / "notebooks" / "source" / "00_welcome.py", tmp_path / "templates" / "source" / "99_template.py"]
    shutil.copy(ROOT / "notebooks" / "source" / "00_welcome.py", copies[0])
    shutil.copy(ROOT / "templates" / "source" / "99_template.py", copies[1])
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return copies


def test_apply_and_check_on_copies(tmp_path, capsys):
    # Another repository path than the real one, so that the copies are out of date whether or not the real
    # notebooks already have their badges.
    copies = _copy_sources(tmp_path)
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace(f'repository = "{CONFIG.repository}"',
                                                       'repository = "someone/course"'))
    moved = launch.read_config(pyproject)
    assert moved.repository == "someone/course"
    originals = [c.read_text() for c in copies]
    changed = launch.apply(copies, root=tmp_path, check=True, config=moved)
    assert changed == copies and [c.read_text() for c in copies] == originals, "--check must not write"
    assert launch.main(["apply", "--check", "--root", str(tmp_path), *map(str, copies)]) == 1
    assert "lacks the current badge" in capsys.readouterr().out
    assert launch.main(["apply", "--root", str(tmp_path), *map(str, copies)]) == 0
    assert "notebook_sources sync" in capsys.readouterr().out
    assert launch.main(["apply", "--check", "--root", str(tmp_path), *map(str, copies)]) == 0
    welcome, template = (c.read_text() for c in copies)
    assert moved.colab_url("student/00_welcome.ipynb") in welcome
    assert moved.colab_url("templates/99_template.ipynb") in template
    for text in (welcome, template):
        assert text.count("Open In Colab") == 1 and text.count(launch.COLAB_GUARD) == 1
        ipynb = json.loads(notebook_sources.render_notebook(_write(tmp_path / "x" / "source" / "n.py", text)))
        code = [c for c in ipynb["cells"] if c["cell_type"] == "code"]
        assert "".join(code[0]["source"]) == launch.colab_cell(moved).rstrip("\n")
        assert "course_utils.setup(" in "".join(code[1]["source"])


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_apply_command_errors(tmp_path, capsys):
    copies = _copy_sources(tmp_path)
    (tmp_path / "pyproject.toml").write_text("[tool.course]\nrepository = 'nope'\n")
    assert launch.main(["apply", "--root", str(tmp_path), str(copies[0])]) == 2
    assert "'owner/name'" in capsys.readouterr().err
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    assert launch.main(["apply", "--root", str(tmp_path), str(tmp_path / "nothing.py")]) == 2
    assert "No text source" in capsys.readouterr().err


# --- README -------------------------------------------------------------------------------------------------------


def test_readme_badges_come_from_the_configuration():
    for name in ("badges", "binder", "colab", "clone", "pip"):
        assert f"<!-- launch:{name} -->" in README and f"<!-- /launch:{name} -->" in README
    assert launch.render_readme(README, CONFIG) == README, \
        "README.md's badges are stale: run python -m course_utils.instructor.launch apply"
    moved = launch.render_readme(README, launch.CourseConfig("someone/course", "dev"))
    assert "someone/course/dev?urlpath=lab/tree/student/00_welcome.ipynb" in moved
    assert "github/someone/course/blob/dev/student/00_welcome.ipynb" in moved
    assert "`git clone https://github.com/someone/course.git` and `cd course`" in moved
    assert 'pip install "course-utils @ https://github.com/someone/course/archive/refs/heads/dev.zip"' in moved
    with pytest.raises(ValueError, match="unknown block"):
        launch.render_readme("<!-- launch:nope -->\nx\n<!-- /launch:nope -->", CONFIG)


def _launch_links(text):
    return re.findall(r"https://(?:colab\.research\.google\.com/github|mybinder\.org/v2/gh)/[^\s)\"'\\]+", text)


def test_every_badge_points_at_the_configured_repository():
    files = [ROOT / "README.md", *sorted(ROOT.glob("notebooks/*.ipynb")), *sorted(ROOT.glob("student/*.ipynb")),
             *sorted(ROOT.glob("templates/*.ipynb")), *notebook_sources.text_sources()]
    links = {(path.name, link) for path in files for link in _launch_links(path.read_text(encoding="utf-8"))}
    assert links, "no Colab or Binder link found"
    prefixes = (f"https://colab.research.google.com/github/{CONFIG.repository}/blob/{CONFIG.branch}/",
                f"https://mybinder.org/v2/gh/{CONFIG.repository}/{CONFIG.branch}?")
    wrong = sorted((name, link) for name, link in links if not link.startswith(prefixes))
    assert not wrong, f"links that do not use [tool.course] ({CONFIG.repository}, {CONFIG.branch}): {wrong}"
    for name, link in links:
        if link.startswith(prefixes[0]):
            assert (ROOT / link[len(prefixes[0]):]).is_file(), f"{name}: {link} opens a notebook that does not exist"


def test_every_notebook_has_the_badge_and_the_colab_cell():
    sources = notebook_sources.text_sources()
    stale = launch.apply(sources, check=True)
    assert not stale, f"run python -m course_utils.instructor.launch apply, then sync: {[str(p) for p in stale]}"
    for source in sources:
        notebook = notebook_sources.notebook_path(source)
        for path in filter(None, (notebook, notebook_sources.student_path(notebook))):
            cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
            url = CONFIG.colab_url(launch.colab_target(source))
            assert "".join(cells[0]["source"]).startswith(launch.colab_badge(url)), f"{path.name}: no badge"
            code = [c for c in cells if c["cell_type"] == "code"]
            french = "/fr/" in path.as_posix()
            assert "".join(code[0]["source"]) == launch.colab_cell(CONFIG, french=french).rstrip("\n"), \
                f"{path.name}: Colab cell"
            assert code[0]["metadata"]["slideshow"]["slide_type"] == "skip"


# --- on Colab: what colab-install asks pip for ---------------------------------------------------------------------


REQUIRES = ["numpy>=1.24", "numpy<2; sys_platform == 'another-platform'", "torch<2.14,>=2.2", "jupyterlab<5,>=4.0",
            "ipywidgets<9,>=8.0", "pydicom>=2.4", "nibabel>=5.0", "jupyterlab-slideshow<0.4,>=0.3.4",
            'nbgrader<0.10,>=0.9.6; extra == "grading"']


def test_colab_requirements_keep_colab_torch_widgets_and_jupyter():
    colab = {"numpy": "2.0.2", "torch": "2.8.0+cu126", "ipywidgets": "7.7.1", "nibabel": "4.0.2"}
    to_install, kept = launch.colab_requirements(REQUIRES, colab.get)
    assert to_install == ["torch==2.8.0+cu126", "pydicom>=2.4", "nibabel>=5.0"]
    assert kept == ["torch 2.8.0+cu126", "ipywidgets 7.7.1"]


@pytest.mark.parametrize("torch, expected", [("2.15.0+cu128", "torch<2.14,>=2.2"), (None, "torch<2.14,>=2.2"),
                                             ("2.1.0", "torch<2.14,>=2.2"), ("2.13.0", "torch==2.13.0")])
def test_colab_requirements_replace_torch_only_outside_the_range(torch, expected):
    to_install, _ = launch.colab_requirements(["torch<2.14,>=2.2"], {"torch": torch}.get)
    assert to_install == [expected]


def test_colab_requirements_without_widgets_install_them():
    assert launch.colab_requirements(["ipywidgets<9,>=8.0"], {}.get) == (["ipywidgets<9,>=8.0"], [])


def test_colab_install_calls_pip_only_for_what_is_missing(monkeypatch, capsys):
    import importlib.metadata

    calls = []
    monkeypatch.setattr(subprocess, "run", lambda command, check: calls.append(command))
    monkeypatch.setattr(importlib.metadata, "requires", lambda name: ["torch<2.14,>=2.2", "pydicom>=2.4"])
    monkeypatch.setattr(launch, "installed_version", {"torch": "2.13.0"}.get)
    assert launch.main(["colab-install"]) == 0
    assert calls == [[sys.executable, "-m", "pip", "install", "-q", "torch==2.13.0", "pydicom>=2.4"]]
    assert "installed pydicom>=2.4; kept Colab's torch 2.13.0" in capsys.readouterr().out
    calls.clear()
    monkeypatch.setattr(launch, "installed_version", {"torch": "2.13.0", "pydicom": "3.0.2"}.get)
    launch.colab_install()
    assert calls == [] and "installed nothing more" in capsys.readouterr().out


# --- the README's routes ------------------------------------------------------------------------------------------


def _code_blocks(text, language):
    return re.findall(rf"```{language}\n(.*?)```", text, re.S)


def test_readme_install_commands():
    bash = "\n".join(_code_blocks(README, "bash"))
    ci = (ROOT / ".ci" / "run").read_text().strip().splitlines()[-1]
    assert ci in bash, "the README's test command must be exactly what .ci/run runs"
    first = next(line for line in bash.splitlines() if "jupyter lab" in line and not line.startswith("#"))
    assert first.rstrip().endswith("jupyter lab student/00_welcome.ipynb")
    torch_range = next(r for r in PYPROJECT["project"]["dependencies"] if r.startswith("torch"))
    cpu = re.findall(r'pip install "(torch[^"]*)" --index-url https://download\.pytorch\.org/whl/cpu', README)
    assert cpu and all(spec.replace(" ", "") == torch_range for spec in cpu), \
        f"the README installs torch {cpu} from the CPU index; pyproject says {torch_range}"
    assert first.index("download.pytorch.org/whl/cpu") < first.index("pip install -e ."), "CPU torch must come first"
    powershell = "\n".join(_code_blocks(README, "powershell"))
    assert "py -m venv .venv" in powershell and r".venv\Scripts\pip install -e ." in powershell
    assert "&&" not in powershell, "Windows PowerShell 5 has no &&"
    assert "benchmarks/run_benchmarks.py" in README and "under a minute" not in README


# --- end to end: installed wheel, Colab branch, two notebooks under nbval -----------------------------------------


def _run(command, **kwargs):
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    assert result.returncode == 0, f"{' '.join(map(str, command))} failed:\n{result.stdout[-4000:]}\n{result.stderr}"
    return result


def _dependency_links(folder: Path) -> Path:
    """A folder of links to this environment's packages, without course_utils (the wheel must provide it)."""
    folder.mkdir()
    for entry in Path(sysconfig.get_paths()["purelib"]).iterdir():
        if not entry.name.startswith(("course_utils", "__editable__")) and entry.suffix != ".pth":
            (folder / entry.name).symlink_to(entry)
    return folder


@pytest.mark.packaging
@pytest.mark.timeout(300)
def test_colab_cell_installs_the_wheel_and_two_notebooks_run_outside_the_repository(tmp_path):
    pytest.importorskip("nbval")
    # 1. the wheel
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(ROOT / name, src / name)
    shutil.copytree(ROOT / "course_utils", src / "course_utils", ignore=shutil.ignore_patterns("__pycache__"))
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q",
          "-w", str(tmp_path / "dist"), str(src)])
    (wheel,) = (tmp_path / "dist").glob("course_utils-*.whl")
    # 2. a fresh environment: no course_utils, the dependencies through links, a stand-in google.colab
    fresh = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(fresh)])
    python = fresh / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip())
    (site / "_course_dependencies.pth").write_text(str(_dependency_links(tmp_path / "deps")) + "\n")
    _write(tmp_path / "standin" / "google" / "colab" / "__init__.py", '"""Stand-in for Colab\'s module."""\n')
    ipython = tmp_path / "ipython"
    _write(ipython / "profile_default" / "startup" / "00-colab.py",
           f"import sys\nsys.path.append({str(tmp_path / 'standin')!r})\nimport google.colab  # noqa: F401\n")
    # 3. the two notebooks, from launch-applied copies of their sources, in a folder outside the repository
    copies = _copy_sources(tmp_path / "repo")
    launch.apply(copies, root=tmp_path / "repo")
    work = tmp_path / "work"
    welcome = notebook_sources.render_notebook(copies[0])
    _write(work / "student" / "00_welcome.ipynb", notebook_sources.render_student(welcome, where="00_welcome.ipynb"))
    _write(work / "templates" / "99_template.ipynb", notebook_sources.render_notebook(copies[1]))
    _write(work / "pytest.ini", "[pytest]\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PIP_", "VIRTUAL_ENV", "JUPYTER"))}
    env.update(COURSE_UTILS_SOURCE=str(wheel), COURSE_UTILS_CACHE=str(tmp_path / "cache"), HOME=str(tmp_path),
               IPYTHONDIR=str(ipython), PYTHONNOUSERSITE="1", PIP_NO_INDEX="1", PIP_CONFIG_FILE=os.devnull,
               PIP_DISABLE_PIP_VERSION_CHECK="1", PYTEST_DISABLE_PLUGIN_AUTOLOAD="1", MPLBACKEND="Agg")
    assert not list(site.glob("course_utils*")), "the fresh environment must start without course_utils"
    result = subprocess.run([str(python), "-m", "pytest", "-p", "nbval", "-p", "no:cacheprovider", "-q",
                             "--nbval-lax", "--nbval-current-env", "student/00_welcome.ipynb",
                             "templates/99_template.ipynb"], cwd=work, env=env, capture_output=True, text=True,
                            timeout=240)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert "2 passed" in result.stdout or re.search(r"\b\d+ passed", result.stdout)
    installed = list(site.glob("course_utils-*.dist-info"))
    assert installed and (site / "course_utils" / "__init__.py").is_file(), \
        "the Colab cell did not install the wheel into the fresh environment"
    direct = json.loads((installed[0] / "direct_url.json").read_text())
    assert direct["url"].endswith(wheel.name)
    assert list((tmp_path / "cache" / "data").glob("blood_counts.csv")), "the template's data came from the cache"


def test_french_notebooks_get_the_colab_cell_with_french_comments_and_keep_their_stamp():
    english = (ROOT / "notebooks" / "source" / "03_perceptron.py").read_text(encoding="utf-8")
    french = english.replace('# %% slideshow={"slide_type": "skip"}\n# On Google Colab',
                             '# %% slideshow={"slide_type": "skip"} translated_from="abc"\n# On Google Colab', 1)
    url = CONFIG.colab_url("student/fr/03_perceptron.ipynb")
    rendered = launch.render_source(french, url, CONFIG)
    assert "# Sur Google Colab seulement" in rendered and "# On Google Colab" not in rendered
    assert 'translated_from="abc"\n# Sur Google Colab' in rendered
    assert launch.render_source(english, CONFIG.colab_url("student/03_perceptron.ipynb"), CONFIG) == english
    code = [ln.split("  #")[0] for ln in rendered.splitlines() if not ln.lstrip().startswith("#")]
    assert code == [ln.split("  #")[0] for ln in english.splitlines() if not ln.lstrip().startswith("#")]
