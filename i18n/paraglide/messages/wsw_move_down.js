/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Wsw_Move_DownInputs */

const en_wsw_move_down = /** @type {(inputs: Wsw_Move_DownInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const shown = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Move this person down a level`);
	return /** @type {LocalizedString} */ (`Move these ${shown} people down a level`)
	
};

const de_wsw_move_down = /** @type {(inputs: Wsw_Move_DownInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const shown = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Diese Person eine Stufe herabsetzen`);
	return /** @type {LocalizedString} */ (`Diese ${shown} Personen eine Stufe herabsetzen`)
	
};

const fr_wsw_move_down = /** @type {(inputs: Wsw_Move_DownInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const shown = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Descendre cette personne d’un niveau`);
	return /** @type {LocalizedString} */ (`Descendre ces ${shown} personnes d’un niveau`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Move this person down a level" |
* | * | "Move these {shown} people down a level" |
*
* @param {Wsw_Move_DownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_move_down = /** @type {((inputs: Wsw_Move_DownInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Move_DownInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_move_down(inputs)
	if (locale === "fr") return fr_wsw_move_down(inputs)
	return en_wsw_move_down(inputs)
});