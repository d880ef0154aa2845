import type { EditorialFollowUp, EditorialInfo } from '../../../shared/contracts';
import { renderBannerMessage, type BannerTemplates } from '../../../shared/banner-message';
import type { FreshnessResult } from './rules';
import { renderBannerHtml } from '../domain/html';
import { DEFAULT_TIME_ZONE } from '../../../shared/locale';

export interface BannerOptions {
  locale: string;
  timeZone?: string;
  templates?: BannerTemplates;
  /** The published follow-up in `locale`, if the article names one (only a banner shows it). */
  followUp?: EditorialFollowUp | null;
}

/** Shapes a freshness result into the `editorial` field of an article response. */
export function buildEditorialInfo(result: FreshnessResult, options: BannerOptions): EditorialInfo {
  const outdatedAt = result.outdatedAt ? result.outdatedAt.toISOString() : null;
  if (!result.bannerKind) return { outdatedAt, banner: null };

  const message = renderBannerMessage({
    kind: result.bannerKind,
    years: result.ageYears,
    referenceDate: result.referenceDate,
    outdatedSince: result.outdatedAt,
    locale: options.locale,
    timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
    templates: options.templates,
  });
  return {
    outdatedAt,
    banner: {
      kind: result.bannerKind,
      outdatedSince: outdatedAt,
      ageYears: result.ageYears,
      message,
      html: renderBannerHtml({ kind: result.bannerKind, message }),
      ...(options.followUp ? { followUp: pickFollowUp(options.followUp) } : {}),
    },
  };
}

/** Only these three fields of the follow-up ever reach the answer, whatever the caller loaded. */
function pickFollowUp(followUp: EditorialFollowUp): EditorialFollowUp {
  return { title: followUp.title, slug: followUp.slug ?? null, locale: followUp.locale ?? null };
}

/** Editorial info without markup (the banner's `html`). */
export function infoWithoutMarkup(info: EditorialInfo): EditorialInfo {
  if (!info.banner) return info;
  const { html: _html, ...banner } = info.banner;
  return { ...info, banner };
}
