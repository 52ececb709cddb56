/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Tray_UnseenInputs */

const en_tray_unseen = /** @type {(inputs: Tray_UnseenInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} new relationship change`);
	return /** @type {LocalizedString} */ (`${i?.count} new relationship changes`)
	
};

const de_tray_unseen = /** @type {(inputs: Tray_UnseenInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} neue Änderung einer Beziehung`);
	return /** @type {LocalizedString} */ (`${i?.count} neue Änderungen von Beziehungen`)
	
};

const fr_tray_unseen = /** @type {(inputs: Tray_UnseenInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} nouveau changement de relation`);
	return /** @type {LocalizedString} */ (`${i?.count} nouveaux changements de relation`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} new relationship change" |
* | * | "{count} new relationship changes" |
*
* @param {Tray_UnseenInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_unseen = /** @type {((inputs: Tray_UnseenInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_UnseenInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_tray_unseen(inputs)
	if (locale === "fr") return fr_tray_unseen(inputs)
	return en_tray_unseen(inputs)
});