import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Category } from './taxonomy/category.entity.js';
import { CategoryLoaders } from './taxonomy/category.loaders.js';
import { CategoryResolver } from './taxonomy/category.resolver.js';
import { TaxonomyService } from './taxonomy/taxonomy.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Category])],
  providers: [TaxonomyService, CategoryLoaders, CategoryResolver],
  exports: [TaxonomyService, CategoryLoaders],
})
export class CatalogModule {}
