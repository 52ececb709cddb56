/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Wsw_PeopleInputs */

const en_wsw_people = /** @type {(inputs: Wsw_PeopleInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const shown = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} person`);
	return /** @type {LocalizedString} */ (`${shown} people`)
	
};

const de_wsw_people = /** @type {(inputs: Wsw_PeopleInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const shown = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} Person`);
	return /** @type {LocalizedString} */ (`${shown} Personen`)
	
};

const fr_wsw_people = /** @type {(inputs: Wsw_PeopleInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const shown = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} personne`);
	return /** @type {LocalizedString} */ (`${shown} personnes`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{shown} person" |
* | * | "{shown} people" |
*
* @param {Wsw_PeopleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_people = /** @type {((inputs: Wsw_PeopleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_PeopleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_people(inputs)
	if (locale === "fr") return fr_wsw_people(inputs)
	return en_wsw_people(inputs)
});