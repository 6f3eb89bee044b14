import { HOST_GLOBAL, type HostApi } from '../../../shared/bridge';
import { createBrowserHost } from './browser-host';

declare global {
  interface Window {
    [HOST_GLOBAL]?: HostApi;
  }
}

/** Chosen once at start-up: the preload's bridge on the desktop, the browser implementation otherwise. */
export const host: HostApi = window[HOST_GLOBAL] ?? createBrowserHost(__APP_VERSION__);
