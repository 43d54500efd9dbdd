// Runs sandboxed before the renderer: exposes window.orrery (OrreryClient) and nothing else.
// Bundled into one CommonJS file, since a sandboxed preload can require only 'electron'.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createClient } from '../shared/client.ts';

const client = createClient({
  invoke: (channel, arg) => ipcRenderer.invoke(channel, arg),
  subscribe: (channel, listener) => {
    // The IPC event object never reaches the page: it carries a sender handle.
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
});

contextBridge.exposeInMainWorld('orrery', client);
