import { Field, Int, ObjectType, type FieldMiddleware, type ReturnTypeFunc } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field() hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** A page of a Relay connection. `totalCount` may be a function: GraphQL calls it only when the field is selected. */
export interface ConnectionPage<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number | (() => Promise<number>);
}

// Nest's code-first field resolver returns a property as it is (graphql-js's default would call a
// function), so a lazy `totalCount` is called here, only when the field is selected.
const callIfFunction: FieldMiddleware = async (_ctx, next) => {
  const value: unknown = await next();
  return typeof value === 'function' ? (value as () => unknown)() : value;
};

/**
 * Builds the `XEdge` and a base class for `XConnection` for a node type.
 * @example @ObjectType() export class OfferingConnection extends Connection(Offering, 'Offering') {}
 */
export function Connection<T>(nodeType: Type<T> | ReturnTypeFunc, name: string) {
  const node = (typeof nodeType === 'function' && 'prototype' in nodeType && nodeType.prototype ? () => nodeType : nodeType) as ReturnTypeFunc;

  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field() cursor: string;
    @Field(node) node: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [EdgeType]) edges: Edge<T>[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int, { middleware: [callIfFunction] }) totalCount: number;
  }
  return ConnectionType;
}
