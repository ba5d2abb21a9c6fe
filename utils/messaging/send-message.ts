/**
 * Asking the background, typed: the answer's type follows from the message kind
 * (MessageResponse in utils/messaging/messages.ts). undefined when nothing answered.
 */
import { browser } from 'wxt/browser';
import type { Message, MessageResponse } from './messages';

export async function askBackground<M extends Message>(message: M): Promise<MessageResponse<M> | undefined> {
  // The one cast: runtime.sendMessage is untyped; acceptMessage and the handlers keep the pairs in step.
  return (await browser.runtime.sendMessage(message)) as MessageResponse<M> | undefined;
}
