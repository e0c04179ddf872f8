import type { LocalizedText } from '@tradebridge/notifications';
import { shorten } from '../reasons/reason-format.js';

const TITLE_PART = 120;

/** NEW_MATCH titles, in each recipient's locale (the notifications slice picks one per recipient). */
export const matchAlertTitles = {
  /** To the need's organization: an offering matches its need. */
  offeringForNeed(offeringTitle: string, needTitle: string): LocalizedText {
    const offering = shorten(offeringTitle, TITLE_PART);
    const need = shorten(needTitle, TITLE_PART);
    return {
      RU: `Новое предложение по вашей потребности «${need}»: ${offering}`,
      EN: `New offering for your need "${need}": ${offering}`,
    };
  },
  /** To the offering's organization: a need matches its offering. */
  needForOffering(needTitle: string, offeringTitle: string): LocalizedText {
    const need = shorten(needTitle, TITLE_PART);
    const offering = shorten(offeringTitle, TITLE_PART);
    return {
      RU: `Новая потребность для вашего предложения «${offering}»: ${need}`,
      EN: `New need for your offering "${offering}": ${need}`,
    };
  },
};
