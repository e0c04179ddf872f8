import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@tradebridge/core';
import { Offering } from './offering.entity.js';

@ObjectType('OfferingConnection')
export class OfferingConnection extends Connection(Offering, 'Offering') {}
