; Inno Setup script of aspdesk's Windows installer (Inno Setup 6).
;
; Built by the hosted CI workflow (.github/workflows/bundles.yml) after
; `python -m aspdesk.packaging build`, from the repository's top folder:
;     iscc /DAppVersion=0.1.0 packaging\windows\aspdesk.iss
; It takes the one-folder bundle in dist\aspdesk and the icons drawn into build\bundle\icons,
; and writes dist\aspdesk-VERSION-windows-x64-setup.exe.
;
; Installs for the user alone unless they choose all users (no administrator needed), adds
; a Start-menu entry (and, if asked, a desktop shortcut), and registers .aspmap files: their
; icon, and double-click opening a map in a new aspdesk process, as Windows starts programs
; for documents. The uninstaller removes all of it; maps and settings stay.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z aspdesk.iss
#endif

[Setup]
AppId={{6F0C2A4E-3B7D-4D51-9A8E-2C5B1F7E9D10}
AppName=aspdesk
AppVersion={#AppVersion}
AppPublisher=aspdesk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\aspdesk
DefaultGroupName=aspdesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
WizardStyle=modern
SetupIconFile=..\..\build\bundle\icons\aspdesk.ico
UninstallDisplayIcon={app}\aspdesk.exe
OutputDir=..\..\dist
OutputBaseFilename=aspdesk-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "finnish"; MessagesFile: "compiler:Languages\Finnish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\aspdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\build\bundle\icons\aspmap.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\aspdesk"; Filename: "{app}\aspdesk.exe"
Name: "{autodesktop}\aspdesk"; Filename: "{app}\aspdesk.exe"; Tasks: desktopicon

[Registry]
; The .aspmap type: its name and icon, and "open" starting aspdesk on the file.
Root: HKA; Subkey: "Software\Classes\.aspmap"; ValueType: string; ValueName: ""; ValueData: "aspdesk.map"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.aspmap\OpenWithProgids"; ValueType: string; ValueName: "aspdesk.map"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\aspdesk.map"; ValueType: string; ValueName: ""; ValueData: "aspdesk map"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\aspdesk.map\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\aspmap.ico,0"
Root: HKA; Subkey: "Software\Classes\aspdesk.map\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\aspdesk.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\aspdesk.exe\SupportedTypes"; ValueType: string; ValueName: ".aspmap"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\aspdesk.exe"; Description: "{cm:LaunchProgram,aspdesk}"; Flags: nowait postinstall skipifsilent
