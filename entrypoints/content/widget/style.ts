/** ThruDial's host element and the styles inside its closed shadow root. */

export const HOST_ID = 'thrudial-root';

/** ThruDial's own host: the tracker never reads inside it. */
export const isOwnHost = (element: Element): boolean => element.id === HOST_ID;

export const STYLE = `
:host { all: initial; }
.control { position: fixed; display: flex; gap: 4px; padding: 3px; background: #fff; color: #111;
  border: 1px solid #b8b8b8; border-radius: 6px; box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
  font: 13px/1.2 system-ui, sans-serif; }
button { font: inherit; color: #111; background: #f3f3f3; border: 1px solid #8a8a8a; border-radius: 4px;
  padding: 3px 9px; cursor: pointer; }
button:hover { background: #e4e4e4; }
button:focus-visible { outline: 2px solid #1a66d2; outline-offset: 1px; }
.panel { position: fixed; right: 16px; bottom: 16px; box-sizing: border-box; width: 340px;
  max-width: calc(100vw - 32px); max-height: calc(100vh - 32px); overflow: auto; padding: 12px 14px;
  background: #fff; color: #111; border: 1px solid #b8b8b8; border-radius: 8px;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.3); font: 14px/1.4 system-ui, sans-serif; }
.panel .close { position: absolute; top: 8px; right: 8px; padding: 1px 7px; }
.panel p { margin: 0 0 6px; overflow-wrap: anywhere; }
.panel svg { display: block; margin: 8px 0; }
.panel .body > p:first-child { margin-right: 30px; }
.announce { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.panel .code { display: block; font-size: 12px; font-family: ui-monospace, monospace; user-select: all; }
[hidden] { display: none !important; }
@media (prefers-color-scheme: dark) {
  .control, .panel { background: #1d2127; color: #e7eaee; border-color: #4a535e; }
  button { color: #e7eaee; background: #2b3139; border-color: #6b7582; }
  button:hover { background: #363d47; }
  button:focus-visible { outline-color: #8fb7ff; }
}
`;

/** Every property the page could use to hide or move the host, pinned (restored when the page changes them). */
export const HOST_STYLE = [
  'all: initial', 'opacity: 1', 'visibility: visible', 'position: fixed', 'top: 0', 'left: 0', 'width: 0', 'height: 0', 'overflow: visible',
  'display: block', 'z-index: 2147483647', 'pointer-events: auto',
].map((d) => `${d} !important`).join('; ');

