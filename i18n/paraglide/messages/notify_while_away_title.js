/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Notify_While_Away_TitleInputs */

const en_notify_while_away_title = /** @type {(inputs: Notify_While_Away_TitleInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`While you were away: ${i?.count} relationship changed`);
	return /** @type {LocalizedString} */ (`While you were away: ${i?.count} relationships changed`)
	
};

const de_notify_while_away_title = /** @type {(inputs: Notify_While_Away_TitleInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Während Ihrer Abwesenheit: ${i?.count} Beziehung geändert`);
	return /** @type {LocalizedString} */ (`Während Ihrer Abwesenheit: ${i?.count} Beziehungen geändert`)
	
};

const fr_notify_while_away_title = /** @type {(inputs: Notify_While_Away_TitleInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Pendant votre absence : ${i?.count} relation modifiée`);
	return /** @type {LocalizedString} */ (`Pendant votre absence : ${i?.count} relations modifiées`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "While you were away: {count} relationship changed" |
* | * | "While you were away: {count} relationships changed" |
*
* @param {Notify_While_Away_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_while_away_title = /** @type {((inputs: Notify_While_Away_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_While_Away_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_while_away_title(inputs)
	if (locale === "fr") return fr_notify_while_away_title(inputs)
	return en_notify_while_away_title(inputs)
});