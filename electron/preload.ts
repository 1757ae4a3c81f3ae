/**
 * The preload (sandboxed, bundled whole as CommonJS): it exposes exactly one object, window.caseload, built from
 * the contract's channel list by the same buildBridge the e2e harness uses. Nothing else crosses into the page:
 * no ipcRenderer, no generic send or invoke, no Node.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildBridge, CHANNELS, EVENT_CHANNEL, type Subscribe } from '../shared/ipc';

const subscribe: Subscribe = (listener) => {
  // The Electron event object stays here: it carries `sender`, which must not reach the page.
  const onEvent = (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
    if (typeof name === 'string') listener(name, payload);
  };
  ipcRenderer.on(EVENT_CHANNEL, onEvent);
  return () => {
    ipcRenderer.removeListener(EVENT_CHANNEL, onEvent);
  };
};

contextBridge.exposeInMainWorld(
  'caseload',
  buildBridge(CHANNELS, (channel, input) => ipcRenderer.invoke(channel, input), subscribe),
);
