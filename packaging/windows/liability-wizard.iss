; Inno Setup 6 script: the Windows installer for Liability Wizard (网络交易平台责任评估向导).
;
; Build the bundle first (python packaging\build.py), then either
;     python packaging\build.py --installer
; or  "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\liability-wizard.iss
; Output: dist\LiabilityWizard-Setup-<version>.exe
;
; What it installs: the PyInstaller onedir bundle (dist\liability-wizard\) with two executables —
;   liability-wizard-gui.exe  windowed (no console window): Start menu, desktop icon, .lwcase double-click
;   liability-wizard.exe      console: the command line (liability-wizard evaluate / render / cases …)
; Per-user install by default (no administrator needed: a small office's PC is often locked down);
; the first page lets an administrator install for all users instead.
; The case database lives in %LOCALAPPDATA%\liability-wizard and is never touched by the uninstaller.
;
; Signing ("signed-ready"): define a sign tool in the IDE (Tools › Configure Sign Tools) or on the command
; line, e.g.  ISCC.exe "/Ssigntool=$qC:\Program Files (x86)\Windows Kits\10\bin\10.0.22621.0\x64\signtool.exe$q sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /a $f" …
; then uncomment the two SignTool lines in [Setup]. Sign the bundle's two .exe files before building the
; installer (signtool sign … dist\liability-wizard\*.exe) so SmartScreen and antivirus see signed binaries.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Liability Wizard"
#define AppNameZh "网络交易平台责任评估向导"
#define GuiExe "liability-wizard-gui.exe"
#define ProgId "LiabilityWizard.Case"
#define Bundle "..\..\dist\liability-wizard"

[Setup]
; A fixed AppId keeps upgrades and the uninstaller tied to one product: never change it.
AppId={{6F3C2A4E-8B1D-4E5A-9C27-3D4B5A6E7F81}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
VersionInfoDescription={#AppName} {#AppNameZh} Setup
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName} {#AppNameZh}
; The application icon (resources\icons\app.ico, made with the other sizes from app.svg), else this folder's.
#if FileExists(AddBackslash(SourcePath) + "..\..\resources\icons\app.ico")
SetupIconFile=..\..\resources\icons\app.ico
#elif FileExists(AddBackslash(SourcePath) + "liability-wizard.ico")
SetupIconFile=liability-wizard.ico
#endif
OutputDir=..\..\dist
OutputBaseFilename=LiabilityWizard-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
; SignTool=signtool
; SignedUninstaller=yes

[Languages]
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#else
  #pragma warning "ChineseSimplified.isl not found: the installer will speak English only (see packaging README)"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
zh_CN.DesktopIcon=在桌面上创建快捷方式
en.DesktopIcon=Create a desktop shortcut
zh_CN.CaseFile=Liability Wizard 案件文件
en.CaseFile=Liability Wizard case
zh_CN.Launch=启动 {#AppNameZh}
en.Launch=Start {#AppName}

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName} {#AppNameZh}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName} {#AppNameZh}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; .lwcase → LiabilityWizard.Case → liability-wizard-gui.exe "%1". HKA is HKCU for a per-user install and HKLM
; for an all-users one. OpenWithProgids (not the extension's default value) is how Windows 10/11 expects a
; program to offer itself; the user confirms the default once in the "Open with" dialog.
Root: HKA; Subkey: "Software\Classes\.lwcase\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.lwcase"; ValueType: string; ValueName: "Content Type"; ValueData: "application/vnd.liability-wizard.case+json"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:CaseFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#GuiExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".lwcase"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:Launch}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for user data on purpose: uninstalling must never delete a lawyer's cases.
