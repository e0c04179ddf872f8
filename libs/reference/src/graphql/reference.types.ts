import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Country } from './country.enum.js';

export enum RegionKind {
  REGION = 'REGION',
  COUNTRY = 'COUNTRY',
  DISTRICT = 'DISTRICT',
  UNION = 'UNION',
  WORLD = 'WORLD',
}
registerEnumType(RegionKind, {
  name: 'RegionKind',
  description: 'REGION: an ISO 3166-2 subdivision (oblast, krai, republic, federal city); the rest are groups of regions',
  valuesMap: {
    COUNTRY: { description: 'a whole country (BY, RU)' },
    DISTRICT: { description: "a federal district of Russia (RU-CFD: the Central Federal District)" },
    UNION: { description: 'an economic union of countries (EAEU, CIS)' },
    WORLD: { description: 'anywhere' },
  },
});

export enum UnitDimension {
  COUNT = 'COUNT',
  MASS = 'MASS',
  LENGTH = 'LENGTH',
  AREA = 'AREA',
  VOLUME = 'VOLUME',
  TIME = 'TIME',
  POWER = 'POWER',
  ENERGY = 'ENERGY',
  OTHER = 'OTHER',
}
registerEnumType(UnitDimension, {
  name: 'UnitDimension',
  description: 'What a unit measures; quantities convert within a dimension (t and kg), never across; OTHER units (set, pack) compare only with themselves',
});

@ObjectType('Region', { description: 'A region of Belarus or Russia, or a group of regions used as a delivery area' })
export class RegionView {
  @Field({ description: 'ISO 3166-2 ("RU-VLA", "BY-HM"), a country ("RU"), or a group: "RU-CFD", "EAEU", "CIS", "WORLD"' }) code: string;
  @Field({ description: "In the caller's language" }) name: string;
  @Field() nameRu: string;
  @Field() nameEn: string;
  @Field(() => RegionKind) kind: RegionKind;
  @Field(() => Country, { nullable: true, description: 'Null for groups of countries' }) country: Country | null;
  @Field(() => [String], { description: 'Codes of the groups containing it, the nearest first' }) groups: string[];
  @Field(() => [String], { description: "A group's regions (codes); empty for a region" }) regions: string[];
}

@ObjectType('Unit', { description: 'A unit of measurement (OKEI, the classifier of units of the EAEU)' })
export class UnitView {
  @Field({ description: 'OKEI code: "796" piece, "168" tonne, "166" kilogram, "113" cubic metre...' }) code: string;
  @Field({ description: "Full name in the caller's language" }) name: string;
  @Field({ description: 'Short form in the caller\'s language ("шт" / "pcs")' }) shortName: string;
  @Field() nameRu: string;
  @Field() nameEn: string;
  @Field() shortRu: string;
  @Field() shortEn: string;
  @Field(() => UnitDimension) dimension: UnitDimension;
  @Field(() => Float, {
    nullable: true,
    description: "How many of the dimension's base unit (piece, kg, m, m², m³, hour, kW, kWh) one unit is; null: no fixed factor",
  })
  factor: number | null;
}

@ObjectType('Certification', { description: 'A certification or conformity mark the platform knows (others are allowed as written)' })
export class CertificationView {
  @Field({ description: '"EAC", "EAC-DECLARATION", "TR-CU-018-2011", "ISO-9001", "GOST-R", "STB", "GMP-EAEU", "HALAL"...' }) code: string;
  @Field({ description: 'The mark as written in the caller\'s language ("ГОСТ Р" / "GOST R")' }) name: string;
  @Field({ description: "What it is, in the caller's language" }) fullName: string;
  @Field() nameRu: string;
  @Field() nameEn: string;
  @Field(() => [String], { description: 'Codes of the marks holding it implies (an EAEU declaration carries the EAC mark)' }) implies: string[];
}
