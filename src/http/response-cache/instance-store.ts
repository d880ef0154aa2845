/**
 * One answer store per Strapi instance (tests and the cluster test run several in one
 * process), made from the environment at first use and closed with the instance.
 */
import type { Core } from '@strapi/strapi';
import { responseCacheConfig } from './rules';
import { createAnswerStore, type AnswerStore } from './answer-store';

const stores = new WeakMap<Core.Strapi, AnswerStore | null>();

/** The instance's store, or null when `RESPONSE_CACHE=off`. */
export function answerStoreOf(strapi: Core.Strapi): AnswerStore | null {
  if (stores.has(strapi)) return stores.get(strapi)!;
  const config = responseCacheConfig(process.env);
  const store = config.enabled
    ? createAnswerStore({
        maxBytes: config.maxBytes,
        redisUrl: config.redisUrl ?? undefined,
        redisMaxBytes: config.redisMaxBytes,
        warn: (message) => strapi.log.warn(message),
      })
    : null;
  stores.set(strapi, store);
  if (config.enabled)
    strapi.log.info(
      `response cache: on, ${config.maxBytes / 2 ** 20} MB in this process${
        config.redisUrl ? `, shared through Redis (at most ${config.redisMaxBytes / 2 ** 20} MB from this instance)` : ''
      }`,
    );
  return store;
}

export async function closeAnswerStore(strapi: Core.Strapi): Promise<void> {
  await stores.get(strapi)?.close();
  stores.delete(strapi);
}
