/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown>, n: NonNullable<unknown> }} Feedback_And_MoreInputs */

const en_feedback_and_more = /** @type {(inputs: Feedback_And_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`and ${i?.n} more`);
	return /** @type {LocalizedString} */ (`and ${i?.n} more`)
	
};

const de_feedback_and_more = /** @type {(inputs: Feedback_And_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`und ${i?.n} weitere Person`);
	return /** @type {LocalizedString} */ (`und ${i?.n} weitere Personen`)
	
};

const fr_feedback_and_more = /** @type {(inputs: Feedback_And_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`et ${i?.n} autre`);
	return /** @type {LocalizedString} */ (`et ${i?.n} autres`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "and {n} more" |
* | * | "and {n} more" |
*
* @param {Feedback_And_MoreInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const feedback_and_more = /** @type {((inputs: Feedback_And_MoreInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Feedback_And_MoreInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_feedback_and_more(inputs)
	if (locale === "fr") return fr_feedback_and_more(inputs)
	return en_feedback_and_more(inputs)
});