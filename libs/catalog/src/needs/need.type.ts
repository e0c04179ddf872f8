import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@tradebridge/core';
import { Need } from './need.entity.js';

@ObjectType('NeedConnection')
export class NeedConnection extends Connection(Need, 'Need') {}
