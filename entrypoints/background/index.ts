import { browser, type Browser } from 'wxt/browser';
import { acceptMessage } from '@/utils/message-guard';
import { installIdItem } from '@/utils/store';
import { handleCall, handleTestCall } from './handlers';

export default defineBackground(() => {
  // Creates %installid% once; storage keeps it across updates.
  browser.runtime.onInstalled.addListener(() => void installIdItem.getValue());

  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const message = acceptMessage(
      raw,
      { id: sender.id, url: sender.url, tabId: sender.tab?.id },
      browser.runtime.id,
      browser.runtime.getURL('/'),
    );
    if (!message) return undefined;
    switch (message.type) {
      case 'call':
        return handleCall(message, sender.tab?.id);
      case 'test-call':
        return handleTestCall(message);
    }
  });
});
