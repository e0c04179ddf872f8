export * from './catalog.module.js';
export * from './taxonomy/category.entity.js';
export * from './taxonomy/category.loaders.js';
export * from './taxonomy/taxonomy.service.js';
export * from './taxonomy/taxonomy-source.js';
