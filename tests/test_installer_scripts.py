"""The Windows and macOS installer scripts and their CI workflow, checked without either system.

Those installers are built only by `.github/workflows/installers.yml` on hosted Windows and
macOS machines. These tests catch, before a push, what would break there or drift apart:

- every file the scripts name in the repository exists, and every build output they use is
  made by a step that comes before (icons, the PyInstaller bundle, the .app);
- the workflow is valid, each job builds, smoke-starts and keeps its installer;
- the Inno Setup script installs per user, in Italian and English, and its uninstaller
  removes the login reminder and never the user's data;
- the version is never written in them (app/__init__.py is its one source) and the names
  they use (executable, app name, bundle id) are app/__init__.py's;
- make_dmg.sh, run with `hdiutil` and `ditto` replaced by stand-ins, puts the .app and an
  /Applications link into the image.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import stat
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
ISS = REPO_ROOT / "packaging" / "windows" / "account-assistant.iss"
DMG_SCRIPT = REPO_ROOT / "packaging" / "macos" / "make_dmg.sh"
WORKFLOW = REPO_ROOT / ".github" / "workflows" / "installers.yml"
READMES = (
    REPO_ROOT / "packaging" / "windows" / "README.md",
    REPO_ROOT / "packaging" / "macos" / "README.md",
)
SCRIPTS = (ISS, DMG_SCRIPT, WORKFLOW)
# Written by the bundle and .deb work of the same issue; these tests rely on their names.
SPEC = REPO_ROOT / "packaging" / "pyinstaller" / "account-assistant.spec"
MAKE_ICONS = REPO_ROOT / "packaging" / "icons" / "make_icons.py"
MAKEFILE = REPO_ROOT / "Makefile"

PYINSTALLER_COMMAND = (
    "pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller "
    "packaging/pyinstaller/account-assistant.spec"
)
READ_VERSION = "import app; print(app.__version__)"
ALLOWED_ACTIONS = {"actions/checkout@v4", "actions/setup-python@v5", "actions/upload-artifact@v4"}
GUID = re.compile(r"[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}")


def _app_constants() -> dict[str, str]:
    """The string constants of app/__init__.py, read without importing it."""
    tree = ast.parse((REPO_ROOT / "app" / "__init__.py").read_text(encoding="utf-8"))
    constants = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    constants[target.id] = node.value.value
    return constants


APP = _app_constants()
VERSION = APP["__version__"]
APP_NAME = APP["APP_NAME"]
APP_ID = APP["APP_ID"]
DESKTOP_ID = APP["DESKTOP_ID"]


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _rel(path: Path) -> str:
    return path.relative_to(REPO_ROOT).as_posix()


# -- the Inno Setup script, read the way the compiler reads it ----------------------------


def _iss_lines() -> list[tuple[str, str]]:
    """(section, line) for every line that is neither blank nor a comment nor a # directive."""
    section = ""
    lines = []
    for raw in _text(ISS).splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            section = header.group(1).lower()
            continue
        lines.append((section, line))
    return lines


def _iss_setup() -> dict[str, str]:
    """The [Setup] directives, by lower-case name (Inno Setup ignores their case)."""
    directives = {}
    for section, line in _iss_lines():
        if section == "setup":
            name, _, value = line.partition("=")
            directives[name.strip().lower()] = value.strip()
    return directives


def _iss_entries(section: str) -> list[dict[str, str]]:
    """The entries of a section such as [Files]: `Name: "value"; Flags: a b` as a dict."""
    entries = []
    for entry_section, line in _iss_lines():
        if entry_section != section:
            continue
        entry = {}
        for match in re.finditer(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line):
            value = match.group(2).strip()
            if value.startswith('"'):
                value = value[1:-1].replace('""', '"')
            entry[match.group(1).lower()] = value
        entries.append(entry)
    return entries


def _iss_defines() -> dict[str, str]:
    return dict(re.findall(r'^#define\s+(\w+)\s+"([^"]*)"', _text(ISS), flags=re.MULTILINE))


def _iss_expand(value: str) -> str:
    """`value` with the script's own `{#Name}` defines replaced (not AppVersion: it has none)."""
    for name, defined in _iss_defines().items():
        value = value.replace("{#" + name + "}", defined)
    return value


# -- the workflow --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def workflow() -> dict[Any, Any]:
    yaml = pytest.importorskip("yaml", reason="PyYAML is needed to read the workflow")
    try:
        document = yaml.safe_load(_text(WORKFLOW))
    except yaml.YAMLError as error:
        pytest.fail(f"{_rel(WORKFLOW)} is not valid YAML: {error}")
    assert isinstance(document, dict), f"{_rel(WORKFLOW)} is not a YAML mapping"
    return document


def _job(workflow: dict[Any, Any], name: str) -> dict[str, Any]:
    jobs = workflow.get("jobs", {})
    assert name in jobs, f"{_rel(WORKFLOW)} has no job {name!r} (it has {sorted(jobs)})"
    job: dict[str, Any] = jobs[name]
    return job


def _step_index(job_name: str, steps: list[dict[str, Any]], needle: str) -> int:
    """The position of the first step whose `run` contains `needle`."""
    for index, step in enumerate(steps):
        if needle in str(step.get("run", "")):
            return index
    raise AssertionError(f"the {job_name} job of {_rel(WORKFLOW)} has no step that runs {needle!r}")


# -- every file named exists, or a step before makes it ------------------------------------


def test_the_installer_scripts_exist() -> None:
    for path in (*SCRIPTS, *READMES):
        assert path.is_file(), f"{_rel(path)} is missing"
    assert os.access(DMG_SCRIPT, os.X_OK), (
        f"{_rel(DMG_SCRIPT)} is not executable: chmod +x it (the workflow runs it with bash, "
        "but people run it directly)"
    )


@pytest.mark.parametrize("path", [*SCRIPTS, *READMES], ids=_rel)
def test_every_packaging_file_named_exists(path: Path) -> None:
    named = {
        match.replace("\\", "/")
        for match in re.findall(r"packaging[\\/][\w.\\/-]*\w", _text(path))
        if "*" not in match
    }
    assert named, f"{_rel(path)} names no file under packaging/: is this the right file?"
    missing = sorted(name for name in named if not (REPO_ROOT / name).exists())
    assert not missing, f"{_rel(path)} names files that are not in the repository: {missing}"


def test_the_icons_the_installers_use_are_made_by_make_icons() -> None:
    # The .iss and the spec use build/icons/<APP_ID>.ico and .icns; make_icons.py makes them.
    assert f"SetupIconFile=build\\icons\\{APP_ID}.ico" in _text(ISS), (
        f"{_rel(ISS)} should take its icon from build\\icons\\{APP_ID}.ico, "
        "which packaging/icons/make_icons.py writes"
    )
    assert MAKE_ICONS.is_file(), f"{_rel(MAKE_ICONS)} is missing (it makes the installers' icons)"
    source = _text(MAKE_ICONS)
    for suffix in (".ico", ".icns"):
        name = f"{APP_ID}{suffix}"
        writes_it = name in source or f'{{APP_ID}}{suffix}"' in source
        assert writes_it, (
            f"{_rel(MAKE_ICONS)} does not write {name} (neither {name} nor "
            f'f"{{APP_ID}}{suffix}" is in it), but the installers use build/icons/{name}'
        )


def test_the_bundle_the_installers_package_is_what_the_spec_builds() -> None:
    assert SPEC.is_file(), f"{_rel(SPEC)} is missing: the installers package what it builds"
    spec = _text(SPEC)
    for word, why in (
        ("COLLECT(", f"the one-folder bundle dist/{APP_ID}/ that the .iss packages"),
        ("BUNDLE(", f"dist/{APP_NAME}.app that make_dmg.sh wraps"),
        ("console=False", "an .exe without a console window"),
    ):
        assert word in spec, f"{_rel(SPEC)} has no {word}: the installers need {why}"
    assert "name=APP_ID" in spec or f'name="{APP_ID}"' in spec, (
        f"{_rel(SPEC)} should name its executable and folder {APP_ID} (app/__init__.py's "
        f"APP_ID): the .iss installs dist\\{APP_ID}\\{APP_ID}.exe"
    )
    files = _iss_entries("files")
    assert [entry["source"] for entry in files] == [f"dist\\{APP_ID}\\*"], (
        f"{_rel(ISS)} should package exactly the bundle dist\\{APP_ID}\\* (found {files})"
    )
    assert "recursesubdirs" in files[0].get("flags", "").split(), (
        f"{_rel(ISS)} must copy the bundle's subfolders too (Flags: recursesubdirs)"
    )


def test_the_build_dependencies_come_from_the_package_extra() -> None:
    # Decided with the bundle work: `pip install .[package]` brings PyInstaller and Pillow.
    pyproject = tomllib.loads(_text(REPO_ROOT / "pyproject.toml"))
    extras = pyproject["project"].get("optional-dependencies", {})
    assert "package" in extras, (
        "pyproject.toml has no [project.optional-dependencies] package = [...], "
        "but the workflow and the READMEs run `pip install .[package]`"
    )
    wanted = " ".join(extras["package"]).lower()
    for tool in ("pyinstaller", "pillow"):
        assert tool in wanted, f"the `package` extra of pyproject.toml lacks {tool}"


def _makefile_targets() -> set[str]:
    targets = set()
    for line in _text(MAKEFILE).splitlines():
        match = re.match(r"^([\w./-]+(?:\s+[\w./-]+)*)\s*:(?!=)", line)
        if match:
            targets.update(match.group(1).split())
    return targets


# The Makefile's targets for the installers, written by the Linux side of the same issue
# (issue 9); the workflow's linux job runs the first two.
INSTALLER_MAKE_TARGETS = {"deb", "package-test", "bundle", "icons"}


def test_the_make_targets_named_exist() -> None:
    run_lines = re.findall(r"^\s*run: make\s+([a-z][\w-]*)", _text(WORKFLOW), flags=re.MULTILINE)
    named = set(run_lines)
    assert {"deb", "package-test"} <= named, "the linux job should run make deb, make package-test"
    for readme in READMES:
        named |= set(re.findall(r"`make\s+([a-z][\w-]*)", _text(readme)))
    targets = _makefile_targets()
    if not INSTALLER_MAKE_TARGETS & targets:
        # TRANSITIONAL (issue 9): skipped only while the Makefile has none of them yet; as
        # soon as one lands, every one named here must be there.
        pytest.skip(f"the Makefile has none of {sorted(INSTALLER_MAKE_TARGETS)} yet")
    missing = sorted((named | INSTALLER_MAKE_TARGETS) - targets)
    assert not missing, f"the Makefile has no target {missing}, which the installers rely on"


# -- the workflow ----------------------------------------------------------------------------


def test_the_workflow_runs_on_push_pull_request_and_by_hand(workflow: dict[Any, Any]) -> None:
    # PyYAML reads the key `on` as True (YAML 1.1)
    triggers = workflow.get("on", workflow.get(True))
    names = set(triggers) if isinstance(triggers, dict | list) else {triggers}
    for event in ("push", "pull_request", "workflow_dispatch"):
        assert event in names, f"{_rel(WORKFLOW)} does not run on {event} (it runs on {names})"


def test_every_step_has_a_name_and_uses_only_known_actions(workflow: dict[Any, Any]) -> None:
    for job_name, job in workflow["jobs"].items():
        steps = job.get("steps", [])
        assert steps, f"job {job_name} of {_rel(WORKFLOW)} has no steps"
        for index, step in enumerate(steps):
            assert step.get("name"), f"step {index} of job {job_name} has no name: give it one"
            assert ("run" in step) != ("uses" in step), (
                f"step {step.get('name')!r} of job {job_name} needs exactly one of run/uses"
            )
            if "uses" in step:
                assert step["uses"] in ALLOWED_ACTIONS, (
                    f"step {step['name']!r} of job {job_name} uses {step['uses']}; "
                    f"the workflow sticks to {sorted(ALLOWED_ACTIONS)}"
                )
            if step.get("uses") == "actions/setup-python@v5":
                assert str(step["with"]["python-version"]) == "3.11", (
                    f"job {job_name} should build with Python 3.11, as the project supports"
                )


@pytest.mark.parametrize(
    ("job_name", "runner"),
    [("linux", "ubuntu-latest"), ("windows", "windows-latest"), ("macos", "macos-latest")],
)
def test_each_job_reads_the_version_and_keeps_its_installer(
    workflow: dict[Any, Any], job_name: str, runner: str
) -> None:
    job = _job(workflow, job_name)
    assert job.get("runs-on") == runner, f"job {job_name} should run on {runner}"
    steps = job["steps"]
    version_step = _step_index(job_name, steps, READ_VERSION)
    assert steps[version_step].get("id") == "version", (
        f"the step of job {job_name} that reads the version should have `id: version`, "
        "so that later steps use steps.version.outputs.version"
    )
    uploads = [step for step in steps if step.get("uses") == "actions/upload-artifact@v4"]
    assert len(uploads) == 1, f"job {job_name} should keep exactly one artefact (its installer)"
    assert uploads[0]["with"].get("if-no-files-found") == "error", (
        f"the upload of job {job_name} should fail when the installer is missing "
        "(if-no-files-found: error), not pass with nothing kept"
    )
    assert steps.index(uploads[0]) == len(steps) - 1, (
        f"job {job_name} should keep its installer as its last step"
    )


def test_the_linux_job_builds_the_deb_on_debian_12(workflow: dict[Any, Any]) -> None:
    job = _job(workflow, "linux")
    container = job.get("container")
    image = container.get("image") if isinstance(container, dict) else container
    assert image == "debian:12", f"the linux job should run in debian:12 (it runs in {image})"
    steps = job["steps"]
    order = [
        _step_index("linux", steps, "apt-get install"),
        next(i for i, step in enumerate(steps) if step.get("uses") == "actions/checkout@v4"),
        _step_index("linux", steps, "packaging/debian/system-packages.sh package"),
        _step_index("linux", steps, "make deb"),
        _step_index("linux", steps, "make package-test"),
    ]
    assert order == sorted(order), (
        "the linux job should install python3/make, check out, install the app's system "
        f"packages, then make deb and make package-test, in that order (steps {order})"
    )
    installs = str(steps[order[0]]["run"]).split()
    for package in ("python3", "python3-venv", "python3-pip", "make"):
        assert package in installs, f"the linux job's first apt-get install lacks {package}"
    upload = steps[-1]["with"]["path"]
    assert upload == "dist/*.deb", f"the linux job should keep dist/*.deb (it keeps {upload})"


@pytest.mark.parametrize("job_name", ["windows", "macos"])
def test_the_bundle_is_built_in_order_and_smoke_started(
    workflow: dict[Any, Any], job_name: str
) -> None:
    steps = _job(workflow, job_name)["steps"]
    installer_step = "account-assistant.iss" if job_name == "windows" else "make_dmg.sh"
    order = [
        _step_index(job_name, steps, READ_VERSION),
        _step_index(job_name, steps, "pip install"),
        _step_index(job_name, steps, "packaging/icons/make_icons.py build/icons"),
        _step_index(job_name, steps, PYINSTALLER_COMMAND),
        _step_index(job_name, steps, "--smoke --lang it")
        if job_name == "macos"
        else _step_index(job_name, steps, '"--smoke", "--lang", "it"'),
        _step_index(job_name, steps, installer_step),
    ]
    assert order == sorted(order) and len(set(order)) == len(order), (
        f"job {job_name} should read the version, install .[package], make the icons, build "
        f"the bundle, smoke-start it, then build the installer, each in its own step ({order})"
    )
    assert ".[package]" in str(steps[order[1]]["run"]), (
        f"job {job_name} should install the build tools with pip install .[package]"
    )
    smoke = steps[order[4]]
    assert smoke.get("env", {}).get("QT_QPA_PLATFORM") == "offscreen", (
        f"the smoke start of job {job_name} needs QT_QPA_PLATFORM=offscreen (no screen on CI)"
    )
    assert smoke.get("timeout-minutes"), (
        f"the smoke start of job {job_name} needs a timeout-minutes: a dialog would hang it"
    )


def test_the_windows_job_waits_for_the_windowed_exe(workflow: dict[Any, Any]) -> None:
    steps = _job(workflow, "windows")["steps"]
    smoke = str(steps[_step_index("windows", steps, '"--smoke", "--lang", "it"')]["run"])
    assert f"dist\\{APP_ID}\\{APP_ID}.exe" in smoke, (
        f"the Windows smoke start should run the bundle's dist\\{APP_ID}\\{APP_ID}.exe"
    )
    for word in ("Start-Process", "-Wait", "-PassThru", "ExitCode"):
        assert word in smoke, (
            f"the Windows smoke start lacks {word}: a windowed .exe does not make the shell "
            "wait, so Start-Process -Wait -PassThru must, and its ExitCode be checked"
        )
    iscc = str(steps[_step_index("windows", steps, "account-assistant.iss")]["run"])
    assert "/DAppVersion=" in iscc, "the Windows job must pass the version to iscc: /DAppVersion="
    upload = steps[-1]["with"]["path"]
    assert upload == f"dist/{APP_ID}-${{{{ steps.version.outputs.version }}}}-setup.exe", (
        f"the Windows job should keep the setup the .iss writes (it keeps {upload})"
    )


def test_the_macos_job_smoke_starts_the_app_and_keeps_the_dmg(workflow: dict[Any, Any]) -> None:
    steps = _job(workflow, "macos")["steps"]
    smoke = str(steps[_step_index("macos", steps, "--smoke --lang it")]["run"])
    executable = f'"dist/{APP_NAME}.app/Contents/MacOS/{APP_ID}" --smoke --lang it'
    assert executable in smoke, f"the macOS smoke start should run {executable}"
    assert "bash packaging/macos/make_dmg.sh" in str(
        steps[_step_index("macos", steps, "make_dmg.sh")]["run"]
    )
    upload = steps[-1]["with"]["path"]
    assert upload == f"dist/{APP_ID}-${{{{ steps.version.outputs.version }}}}.dmg", (
        f"the macOS job should keep the disk image make_dmg.sh writes (it keeps {upload})"
    )


# -- the Inno Setup script -------------------------------------------------------------------


def test_the_iss_has_a_fixed_guid_app_id() -> None:
    app_id = _iss_setup().get("appid", "")
    # "{{" is Inno Setup's escape for a literal "{"
    assert re.fullmatch(r"\{\{" + GUID.pattern + r"\}", app_id), (
        f"AppId in {_rel(ISS)} should be a fixed GUID written {{{{XXXXXXXX-...}} "
        f"(found {app_id!r}); never change it once released, or upgrades stop finding the app"
    )


def test_the_iss_installs_per_user_without_admin_rights() -> None:
    setup = _iss_setup()
    assert setup.get("privilegesrequired") == "lowest", (
        f"{_rel(ISS)} must have PrivilegesRequired=lowest: a per-user install, no UAC prompt"
    )
    assert "privilegesrequiredoverridesallowed" not in setup, (
        "a per-user install should not offer to install for all users"
    )
    default_dir = setup.get("defaultdirname", "")
    assert default_dir.startswith(("{autopf}\\", "{userpf}\\", "{localappdata}\\Programs\\")), (
        f"DefaultDirName should be in the user's Programs folder (found {default_dir!r})"
    )
    text = _text(ISS)
    for machine_wide in ("HKLM", "{commonpf", "{commonprograms}", "{commondesktop}", "{sys}"):
        assert machine_wide not in text, (
            f"{_rel(ISS)} mentions {machine_wide}, which a per-user install cannot write"
        )


def test_the_iss_speaks_italian_and_english_as_the_system_does() -> None:
    files = {entry["messagesfile"] for entry in _iss_entries("languages")}
    assert files == {"compiler:Default.isl", "compiler:Languages\\Italian.isl"}, (
        f"the installer's languages should be English and Italian (found {files})"
    )
    setup = _iss_setup()
    assert setup.get("showlanguagedialog") == "auto", (
        "ShowLanguageDialog=auto: ask only when Windows speaks neither language"
    )
    assert setup.get("languagedetectionmethod") == "uilanguage", (
        "LanguageDetectionMethod=uilanguage: follow the language of Windows"
    )


def test_every_custom_message_is_in_both_languages_and_defined() -> None:
    languages = {entry["name"] for entry in _iss_entries("languages")}
    messages: dict[str, set[str]] = {}
    for section, line in _iss_lines():
        if section == "custommessages":
            language, _, rest = line.partition(".")
            name = rest.partition("=")[0]
            messages.setdefault(name, set()).add(language)
    for name, found in messages.items():
        assert found == languages, f"custom message {name} is in {found}, not in {languages}"
    used = set(re.findall(r"\{cm:(\w+)", _text(ISS)))
    undefined = sorted(used - set(messages))
    assert not undefined, f"{_rel(ISS)} uses custom messages it does not define: {undefined}"


def test_the_iss_has_start_menu_entry_optional_desktop_shortcut_and_uninstaller() -> None:
    icons = _iss_entries("icons")
    exe = f"{{app}}\\{APP_ID}.exe"
    start_menu = [i for i in icons if i["name"].startswith(("{autoprograms}", "{group}"))]
    assert start_menu, f"{_rel(ISS)} puts no entry in the Start menu"
    desktop = [i for i in icons if i["name"].startswith("{autodesktop}")]
    assert len(desktop) == 1 and "tasks" in desktop[0], (
        "the desktop shortcut should exist and depend on a task the user can untick"
    )
    for icon in icons:
        assert _iss_expand(icon["filename"]) == exe, f"shortcut {icon} should start {exe}"
    tasks = {task["name"]: task for task in _iss_entries("tasks")}
    task = tasks.get(desktop[0]["tasks"])
    assert task is not None, f"task {desktop[0]['tasks']} is used but not defined"
    assert "unchecked" in task.get("flags", "").split(), (
        "the desktop shortcut should be optional and unticked by default (Flags: unchecked)"
    )
    assert task["description"].startswith("{cm:"), (
        "the desktop-shortcut task needs a translated description ({cm:...})"
    )
    setup = _iss_setup()
    assert _iss_expand(setup.get("uninstalldisplayicon", "")) == exe, (
        f"UninstallDisplayIcon should be {exe}, so the uninstaller shows the app's icon"
    )
    assert setup.get("uninstallable", "yes") == "yes", "the installer must leave an uninstaller"


def test_the_uninstaller_turns_off_the_login_reminder() -> None:
    from app.cli import SystemCommand

    option = SystemCommand.DISABLE_LOGIN_REMINDER.value
    runs = _iss_entries("uninstallrun")
    matching = [run for run in runs if option in run.get("parameters", "").split()]
    assert matching, f"{_rel(ISS)} does not run `{APP_ID}.exe {option}` when uninstalling"
    run = matching[0]
    assert _iss_expand(run["filename"]) == f"{{app}}\\{APP_ID}.exe", (
        f"the uninstaller should run the installed {{app}}\\{APP_ID}.exe {option}"
    )
    flags = run.get("flags", "").split()
    assert "runhidden" in flags, "the uninstaller's login-reminder step should run hidden"
    assert "nowait" not in flags, "the uninstaller must wait for it before removing the .exe"
    assert run.get("runonceid"), "[UninstallRun] entries need a RunOnceId (Inno Setup warns)"


def test_the_iss_never_deletes_the_users_data() -> None:
    for section in ("installdelete", "uninstalldelete"):
        for entry in _iss_entries(section):
            assert entry["name"].startswith("{app}\\"), (
                f"[{section}] of {_rel(ISS)} deletes {entry['name']}: only folders inside "
                f"{{app}} may be deleted, the user's data ({{userappdata}}\\{APP_ID}) never"
            )
    for _section, line in _iss_lines():
        for user_area in ("{userappdata}", "{autoappdata}", "{commonappdata}", "{localappdata}\\"):
            if user_area == "{localappdata}\\" and "{localappdata}\\Programs" in line:
                continue
            assert user_area not in line, (
                f"{_rel(ISS)} touches {user_area} ({line!r}): the user's data lives there and "
                "the installer must leave it alone"
            )
    assert not any(section == "code" for section, _ in _iss_lines()), (
        f"{_rel(ISS)} has a [Code] section: check by hand that it deletes no user data, "
        "then teach this test what it may do"
    )


def test_the_iss_gets_its_version_only_from_the_command_line() -> None:
    text = _text(ISS)
    assert re.search(r"^#ifndef AppVersion\s*\n\s*#error ", text, flags=re.MULTILINE), (
        f"{_rel(ISS)} must stop with #error when /DAppVersion=... is not given"
    )
    assert not re.search(r"^#define\s+AppVersion", text, flags=re.MULTILINE), (
        f"{_rel(ISS)} defines AppVersion itself: it must come from iscc /DAppVersion=..."
    )
    setup = _iss_setup()
    assert setup.get("appversion") == "{#AppVersion}", "AppVersion={#AppVersion}"
    assert setup.get("outputdir") == "dist", "the installer should be written to dist"
    assert setup.get("outputbasefilename") == f"{APP_ID}-{{#AppVersion}}-setup", (
        f"OutputBaseFilename should be {APP_ID}-{{#AppVersion}}-setup"
    )


def test_the_iss_names_match_app_init() -> None:
    defines = _iss_defines()
    assert defines.get("AppName") == APP_NAME, (
        f"#define AppName in {_rel(ISS)} is {defines.get('AppName')!r}; app/__init__.py's "
        f"APP_NAME is {APP_NAME!r}"
    )
    assert defines.get("AppExeName") == f"{APP_ID}.exe", (
        f"#define AppExeName in {_rel(ISS)} is {defines.get('AppExeName')!r}; the spec builds "
        f"{APP_ID}.exe (app/__init__.py's APP_ID)"
    )
    assert _iss_setup().get("sourcedir") == "..\\..", (
        "SourceDir=..\\.. makes the script's paths relative to the repository root"
    )


def test_the_iss_is_plain_ascii() -> None:
    # No encoding question for any Inno Setup version; Italian texts go without accents.
    try:
        ISS.read_bytes().decode("ascii")
    except UnicodeDecodeError as error:
        pytest.fail(f"{_rel(ISS)} has a non-ASCII character at byte {error.start}")


# -- one version, one set of names -------------------------------------------------------


@pytest.mark.parametrize("path", [*SCRIPTS, *READMES], ids=_rel)
def test_the_version_is_never_written_in_the_installer_files(path: Path) -> None:
    text = _text(path)
    assert not re.search(rf"(?<![\w.]){re.escape(VERSION)}(?![\w])", text), (
        f"{_rel(path)} writes the version {VERSION}: read it from app/__init__.py instead "
        '(iscc /DAppVersion=..., python -c "import app; print(app.__version__)")'
    )


def test_the_workflow_and_the_dmg_script_read_the_version_from_app_init() -> None:
    assert _text(WORKFLOW).count(READ_VERSION) >= 3, (
        f"each of the three jobs of {_rel(WORKFLOW)} should read the version with "
        f'python -c "{READ_VERSION}"'
    )
    script = _text(DMG_SCRIPT)
    assert "import sys, app" in script and "app_value __version__" in script, (
        f"{_rel(DMG_SCRIPT)} should read the version (and name and id) from app/__init__.py"
    )


@pytest.mark.parametrize("path", [*SCRIPTS, *READMES], ids=_rel)
def test_the_names_used_are_those_of_app_init(path: Path) -> None:
    text = _text(path)
    reverse_dns_names = set(re.findall(r"\b(?:org|com|io|net)\.[A-Za-z]\w*(?:\.\w+)+", text))
    for reverse_dns in reverse_dns_names - {"com.apple.quarantine"}:
        assert reverse_dns == DESKTOP_ID, (
            f"{_rel(path)} names the bundle id {reverse_dns}; app/__init__.py's DESKTOP_ID is "
            f"{DESKTOP_ID}"
        )
    # other programs named: Inno Setup's compiler, Python's installer, the uninstaller
    others = {"ISCC", "iscc", "python", "unins000"}
    for exe in set(re.findall(r"([\w-]+)\.exe\b", text)) - others:
        if not exe.endswith("-setup"):  # the installer itself, account-assistant-<v>-setup
            assert exe == APP_ID, f"{_rel(path)} names the executable {exe}.exe, not {APP_ID}.exe"
    for app_bundle in set(re.findall(r"([A-Z]\w*(?: [A-Z]\w*)*)\.app\b", text)):
        assert app_bundle == APP_NAME, (
            f"{_rel(path)} names the app bundle {app_bundle}.app, not {APP_NAME}.app"
        )
    for executable in re.findall(r"Contents/MacOS/([\w$-]+)", text):
        assert executable in {APP_ID, "$app_id"}, (
            f"{_rel(path)} runs Contents/MacOS/{executable}; the spec's executable is {APP_ID}"
        )


# -- make_dmg.sh -------------------------------------------------------------------------------


def test_the_dmg_script_is_strict_and_makes_a_udzo_image() -> None:
    script = _text(DMG_SCRIPT)
    assert "set -euo pipefail" in script, f"{_rel(DMG_SCRIPT)} should start with set -euo pipefail"
    match = re.search(r"hdiutil create ([^\n;]*)", script)
    assert match, f"{_rel(DMG_SCRIPT)} does not run hdiutil create"
    for option in ('-volname "$app_name"', '-srcfolder "$staging"', "-ov", "-format UDZO"):
        assert option in match.group(1), f"hdiutil create in {_rel(DMG_SCRIPT)} lacks {option}"
    assert 'ln -s /Applications "$staging/Applications"' in script, (
        f"{_rel(DMG_SCRIPT)} should put an /Applications link beside the app"
    )


def _stub(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


@pytest.fixture
def dmg_sandbox(tmp_path: Path) -> Path:
    """A copy of the repository's parts make_dmg.sh reads, with macOS tools stood in for.

    `uname` says Darwin; `ditto` copies; `hdiutil create` fails once with "Resource busy"
    (as on CI), then records its arguments and the staging folder's listing and writes the
    image; `sleep` does not wait.
    """
    if shutil.which("bash") is None or sys.platform == "win32":
        pytest.skip("make_dmg.sh is a bash script")
    repo = tmp_path / "repo"
    (repo / "packaging" / "macos").mkdir(parents=True)
    shutil.copy2(DMG_SCRIPT, repo / "packaging" / "macos" / "make_dmg.sh")
    (repo / "app").mkdir()
    shutil.copy2(REPO_ROOT / "app" / "__init__.py", repo / "app" / "__init__.py")
    tools = tmp_path / "tools"
    tools.mkdir()
    _stub(tools, "uname", "echo Darwin\n")
    _stub(tools, "ditto", 'cp -a "$1" "$2"\n')
    _stub(tools, "sleep", "exit 0\n")
    _stub(
        tools,
        "hdiutil",
        f"""log={tmp_path}/hdiutil.log
echo "$*" >> "$log"
[ "$1" = create ] || exit 0
if [ ! -e {tmp_path}/busy-once ]; then
  touch {tmp_path}/busy-once
  echo "hdiutil: create failed - Resource busy" >&2
  exit 1
fi
while [ "$#" -gt 1 ]; do
  [ "$1" = -srcfolder ] && ls -l "$2" > {tmp_path}/staging.txt
  shift
done
echo image > "$1"
""",
    )
    return repo


def _run_dmg_script(repo: Path) -> subprocess.CompletedProcess[str]:
    tools = repo.parent / "tools"
    env = {**os.environ, "PATH": f"{tools}{os.pathsep}{os.environ['PATH']}"}
    env["PYTHON"] = sys.executable
    env["TMPDIR"] = str(repo.parent / "tmp")
    (repo.parent / "tmp").mkdir(exist_ok=True)
    return subprocess.run(
        ["bash", str(repo / "packaging" / "macos" / "make_dmg.sh")],
        cwd=repo.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_the_dmg_script_says_clearly_when_the_app_is_not_built(dmg_sandbox: Path) -> None:
    result = _run_dmg_script(dmg_sandbox)
    assert result.returncode == 1, f"make_dmg.sh without a .app exited {result.returncode}"
    assert f"dist/{APP_NAME}.app" in result.stderr and "pyinstaller" in result.stderr, (
        f"make_dmg.sh without a .app should say which one is missing and how to build it; "
        f"it said: {result.stderr!r}"
    )
    assert not (dmg_sandbox.parent / "hdiutil.log").exists(), "hdiutil ran without a .app"


def test_the_dmg_holds_the_app_and_an_applications_link(dmg_sandbox: Path) -> None:
    executable = dmg_sandbox / "dist" / f"{APP_NAME}.app" / "Contents" / "MacOS" / APP_ID
    executable.parent.mkdir(parents=True)
    executable.write_text("#!/bin/sh\n", encoding="utf-8")
    executable.chmod(0o755)

    result = _run_dmg_script(dmg_sandbox)

    assert result.returncode == 0, f"make_dmg.sh failed: {result.stderr}"
    dmg = dmg_sandbox / "dist" / f"{APP_ID}-{VERSION}.dmg"
    assert dmg.is_file(), f"make_dmg.sh did not write {dmg.name}: {result.stdout}{result.stderr}"
    calls = (dmg_sandbox.parent / "hdiutil.log").read_text(encoding="utf-8").splitlines()
    creates = [call for call in calls if call.startswith("create ")]
    assert len(creates) == 2, f"hdiutil create should be tried again after 'Resource busy': {calls}"
    assert f"-volname {APP_NAME} " in creates[-1] and "-format UDZO" in creates[-1], creates[-1]
    assert any(call.startswith("verify ") for call in calls), "the image is not verified"
    staging = (dmg_sandbox.parent / "staging.txt").read_text(encoding="utf-8")
    assert f"{APP_NAME}.app" in staging, f"the image does not hold {APP_NAME}.app: {staging}"
    assert re.search(r"Applications -> /Applications$", staging, flags=re.MULTILINE), (
        f"the image has no link to /Applications: {staging}"
    )
    leftovers = sorted(path.name for path in (dmg_sandbox.parent / "tmp").iterdir())
    assert not leftovers, f"make_dmg.sh left its staging folder behind: {leftovers}"
