; Inno Setup 6 script: the Windows installer of Account Assistant.
;
; Build (Windows, from the repository root, after the PyInstaller bundle; see README.md here):
;   iscc /DAppVersion=<version> packaging\windows\account-assistant.iss
; where <version> is app/__init__.py's __version__ (python -c "import app; print(app.__version__)").
; The version is never written in this file: app/__init__.py is its one source.
;
; Output: dist\account-assistant-<version>-setup.exe
;
; What it does: a per-user install without administrator rights (into
; %LOCALAPPDATA%\Programs\Account Assistant), a Start-menu entry, an optional desktop
; shortcut, an uninstaller in "Apps > Installed apps". Its texts are in Italian or English,
; as Windows is.
;
; The user's data is never touched. It lives in %APPDATA%\account-assistant ({userappdata}),
; outside {app}, and neither the installer nor the uninstaller deletes anything there: an
; uninstall, a reinstall or an upgrade keeps every case and note. The only entries below that
; delete anything name folders inside {app}.
;
; This file is kept to plain ASCII, so that no compiler version reads it in the wrong encoding.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=<version> (python -c "import app; print(app.__version__)")
#endif

; Both equal app/__init__.py's APP_NAME and APP_ID + ".exe" (tests/test_installer_scripts.py
; checks it); the executable's name is the PyInstaller spec's EXE name.
#define AppName "Account Assistant"
#define AppExeName "account-assistant.exe"
#define AppPublisher "Account Assistant developers"

[Setup]
; AppId identifies the app to Windows (its uninstall entry) and to a later installer that
; upgrades it: it never changes. The doubled "{" is Inno Setup's escape for a literal "{".
AppId={{97DE5BD0-0BBF-42A9-B4E1-A32C053A1607}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppPublisher}
; every relative path below is read from the repository root (two levels above this file)
SourceDir=..\..
; Per user, no administrator rights, no UAC prompt: {autopf} is then the user's own
; %LOCALAPPDATA%\Programs, and the shortcuts go to the user's Start menu and desktop.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
; PySide6 ships only 64-bit Qt: the bundle runs on x64 Windows (and Arm64 Windows 11, which
; runs x64 programs). Needs Inno Setup 6.3 or newer for "x64compatible".
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Windows 10 or newer, as Qt 6 needs
MinVersion=10.0
; the installer's language follows Windows; the list of languages appears only when Windows
; speaks neither Italian nor English
LanguageDetectionMethod=uilanguage
ShowLanguageDialog=auto
WizardStyle=modern
SetupIconFile=build\icons\account-assistant.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
OutputDir=dist
OutputBaseFilename=account-assistant-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
; an open copy of the app is closed (and offered to be restarted) before its files change
CloseApplications=yes

[Languages]
; English first: the default when Windows speaks neither language
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "it"; MessagesFile: "compiler:Languages\Italian.isl"

[CustomMessages]
en.ShortcutsGroup=Shortcuts:
it.ShortcutsGroup=Collegamenti:
en.DesktopShortcut=Create a shortcut on the &desktop
it.DesktopShortcut=Crea un collegamento sul &desktop
en.AppComment=Close an Amazon account, recover access, spot phishing
it.AppComment=Chiudere un account Amazon, recuperare l'accesso, riconoscere il phishing
en.StartApp=Start {#AppName} now
it.StartApp=Avvia {#AppName} ora

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopShortcut}"; GroupDescription: "{cm:ShortcutsGroup}"; Flags: unchecked

[InstallDelete]
; An upgrade first removes the previous bundle's library folder (PyInstaller's _internal),
; so that no file of an older Qt or Python stays behind. Inside {app} only.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; the whole one-folder PyInstaller bundle (packaging/pyinstaller/account-assistant.spec)
Source: "dist\account-assistant\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:StartApp}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; "Remind me when I log in" writes a value under HKCU\...\CurrentVersion\Run that starts
; this executable; the uninstaller runs this first, while the executable is still there, so
; that no login tries to start a program that is gone. It removes only that value: the
; user's data stays.
Filename: "{app}\{#AppExeName}"; Parameters: "--disable-login-reminder"; Flags: runhidden waituntilterminated; RunOnceId: "DisableLoginReminder"
