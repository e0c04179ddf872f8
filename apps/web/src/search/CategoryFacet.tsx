import { Anchor, Breadcrumbs, NavLink, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCategoryLevel, useCategoryName, useCategoryPath } from '../categories/categories.hooks';
import { useFormat } from '../shared/format';
import type { Facet } from './search.hooks';

interface CategoryFacetProps {
  category: string | null;
  facet: Facet | undefined;
  onChange(category: string | null): void;
}

/** The category tree one level at a time: the chosen path, then the next level's categories with counts. */
export function CategoryFacet({ category, facet, onChange }: CategoryFacetProps) {
  const { t } = useTranslation('search');
  const format = useFormat();
  const name = useCategoryName();
  const path = useCategoryPath(category).data?.category;
  const level = useCategoryLevel(category);
  const counts = new Map(facet?.values.map((v) => [v.value, v.count]) ?? []);
  const children = (level.data?.categories ?? []).filter((c) => (counts.get(c.code) ?? 0) > 0);
  const trail = path ? [path.parent?.parent, path.parent, path].filter((c): c is NonNullable<typeof c> => Boolean(c)) : [];

  return (
    <Stack gap={4}>
      {category && (
        <Breadcrumbs separator="›" separatorMargin={4} style={{ flexWrap: 'wrap' }} aria-label={t('facets.categoryPath')}>
          <Anchor component="button" type="button" size="xs" onClick={() => onChange(null)}>
            {t('facets.allCategories')}
          </Anchor>
          {trail.map((node) =>
            node.code === category ? (
              <Text key={node.code} size="xs" fw={600} aria-current="true">
                {name(node)}
              </Text>
            ) : (
              <Anchor key={node.code} component="button" type="button" size="xs" onClick={() => onChange(node.code)}>
                {name(node)}
              </Anchor>
            ),
          )}
        </Breadcrumbs>
      )}
      {level.loading && !level.data ? (
        <Skeleton height={120} />
      ) : children.length === 0 ? (
        category ? null : (
          <Text size="xs" c="dimmed">
            {t('facets.noCategories')}
          </Text>
        )
      ) : (
        children.map((child) => (
          <NavLink
            key={child.code}
            component="button"
            type="button"
            onClick={() => onChange(child.code)}
            label={
              <Text size="sm" lineClamp={2} title={name(child)}>
                {name(child)}
              </Text>
            }
            description={child.hsCode ? child.code : undefined}
            rightSection={
              <Text size="xs" c="dimmed">
                {format.number(counts.get(child.code) ?? 0)}
              </Text>
            }
            py={4}
            px={6}
          />
        ))
      )}
    </Stack>
  );
}
