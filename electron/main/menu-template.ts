import type { MenuItemConstructorOptions } from 'electron';
import type { AppRoute } from '../../shared/bridge/host-api';

export interface MenuActions {
  navigate(route: AppRoute): void;
  openDataFolder(): void;
  showAbout(): void;
}

/**
 * The native menu, in Dutch. Items that need the UI only send a route over the navigate
 * channel; everything else is a standard Electron role with a Dutch label.
 */
export function buildMenuTemplate(actions: MenuActions, platform: NodeJS.Platform, isPackaged: boolean): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: 'Kwaliteitsmap',
      submenu: [
        { label: 'Over Kwaliteitsmap', click: () => actions.showAbout() },
        { type: 'separator' },
        { role: 'hide', label: 'Verberg Kwaliteitsmap' },
        { role: 'hideOthers', label: 'Verberg andere' },
        { role: 'unhide', label: 'Toon alle' },
        { type: 'separator' },
        { role: 'quit', label: 'Stop Kwaliteitsmap' },
      ],
    });
  }
  template.push(
    {
      label: 'Bestand',
      submenu: [
        { label: 'Back-up maken…', accelerator: 'CmdOrCtrl+B', click: () => actions.navigate('instellingen') },
        { label: 'Open gegevensmap', click: () => actions.openDataFolder() },
        ...(isMac ? [] : ([{ type: 'separator' }, { role: 'quit', label: 'Afsluiten' }] as MenuItemConstructorOptions[])),
      ],
    },
    {
      label: 'Bewerken',
      submenu: [
        { role: 'undo', label: 'Ongedaan maken' },
        { role: 'redo', label: 'Opnieuw' },
        { type: 'separator' },
        { role: 'cut', label: 'Knippen' },
        { role: 'copy', label: 'Kopiëren' },
        { role: 'paste', label: 'Plakken' },
        { role: 'delete', label: 'Verwijderen' },
        { type: 'separator' },
        { role: 'selectAll', label: 'Alles selecteren' },
      ],
    },
    {
      label: 'Beeld',
      submenu: [
        { role: 'reload', label: 'Herladen' },
        { type: 'separator' },
        { role: 'resetZoom', label: 'Ware grootte' },
        { role: 'zoomIn', label: 'Inzoomen' },
        { role: 'zoomOut', label: 'Uitzoomen' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Volledig scherm' },
        ...(isPackaged ? [] : ([{ role: 'toggleDevTools', label: 'Ontwikkelhulpmiddelen' }] as MenuItemConstructorOptions[])),
      ],
    },
    {
      label: 'Help',
      role: 'help',
      submenu: [{ label: 'Over Kwaliteitsmap', click: () => actions.showAbout() }],
    },
  );
  return template;
}
