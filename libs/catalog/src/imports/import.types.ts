import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, PageArgs } from '@tradebridge/core';
import { IsEnum, IsOptional } from 'class-validator';
import { CatalogImport, ImportRowAction } from './catalog-import.entity.js';

@ObjectType('ImportColumn', { description: 'A header cell of the file and the listing field it was read as' })
export class ImportColumn {
  @Field({ description: 'as written in the file' }) header: string;
  @Field(() => String, { nullable: true, description: 'the field it fills (externalRef, title, hsCode, priceMin…); null: not recognised, skipped' })
  field: string | null;
}

@ObjectType('ImportRowError')
export class ImportRowError {
  @Field(() => String, { nullable: true, description: 'the field (as in ImportColumn.field) the problem is in; null: the row as a whole' })
  field: string | null;
  @Field(() => Int, { nullable: true, description: "index of the column in the import's columns; null when the file has no such column" })
  column: number | null;
  @Field({ description: "in the caller's language" }) message: string;
}

@ObjectType('ImportRow', { description: 'A data row of the file and what applying it does' })
export class ImportRow {
  @Field(() => Int, { description: 'the line (CSV) or row number (XLSX) in the file' }) line: number;
  @Field(() => ImportRowAction) action: ImportRowAction;
  @Field(() => ID, { nullable: true, description: 'the listing an UPDATE or UNCHANGED row names' }) listingId: string | null;
  @Field(() => [String], { nullable: 'items', description: "the row's cells as text, in the order of the import's columns" }) cells: Array<string | null>;
  @Field(() => [ImportRowError]) errors: ImportRowError[];
}

@ObjectType('ImportRowConnection')
export class ImportRowConnection extends Connection(ImportRow, 'ImportRow') {}

@ObjectType('CatalogImportConnection')
export class CatalogImportConnection extends Connection(CatalogImport, 'CatalogImport') {}

@ArgsType()
export class ImportRowsArgs extends PageArgs {
  @Field(() => ImportRowAction, { nullable: true, description: 'only rows with this action (ERROR: the rejected rows)' })
  @IsOptional()
  @IsEnum(ImportRowAction)
  action?: ImportRowAction | null;
}
