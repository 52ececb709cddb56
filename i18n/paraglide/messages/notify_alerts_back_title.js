/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Notify_Alerts_Back_TitleInputs */

const en_notify_alerts_back_title = /** @type {(inputs: Notify_Alerts_Back_TitleInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} person is back`);
	return /** @type {LocalizedString} */ (`${i?.count} people are back`)
	
};

const de_notify_alerts_back_title = /** @type {(inputs: Notify_Alerts_Back_TitleInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} Person ist wieder da`);
	return /** @type {LocalizedString} */ (`${i?.count} Personen sind wieder da`)
	
};

const fr_notify_alerts_back_title = /** @type {(inputs: Notify_Alerts_Back_TitleInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} personne est de retour`);
	return /** @type {LocalizedString} */ (`${i?.count} personnes sont de retour`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} person is back" |
* | * | "{count} people are back" |
*
* @param {Notify_Alerts_Back_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_alerts_back_title = /** @type {((inputs: Notify_Alerts_Back_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Alerts_Back_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_alerts_back_title(inputs)
	if (locale === "fr") return fr_notify_alerts_back_title(inputs)
	return en_notify_alerts_back_title(inputs)
});