/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown>, between: NonNullable<unknown> }} Activity_Away_ChangedInputs */

const en_activity_away_changed = /** @type {(inputs: Activity_Away_ChangedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const shown = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} relationship changed ${i?.between}.`);
	return /** @type {LocalizedString} */ (`${shown} relationships changed ${i?.between}.`)
	
};

const de_activity_away_changed = /** @type {(inputs: Activity_Away_ChangedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const shown = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} Beziehung wurde ${i?.between} geändert.`);
	return /** @type {LocalizedString} */ (`${shown} Beziehungen wurden ${i?.between} geändert.`)
	
};

const fr_activity_away_changed = /** @type {(inputs: Activity_Away_ChangedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const shown = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} relation modifiée ${i?.between}.`);
	return /** @type {LocalizedString} */ (`${shown} relations modifiées ${i?.between}.`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{shown} relationship changed {between}." |
* | * | "{shown} relationships changed {between}." |
*
* @param {Activity_Away_ChangedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_away_changed = /** @type {((inputs: Activity_Away_ChangedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_Away_ChangedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_activity_away_changed(inputs)
	if (locale === "fr") return fr_activity_away_changed(inputs)
	return en_activity_away_changed(inputs)
});