import { Combobox, Group, InputBase, Loader, Text, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCategoryLabel, useCategoryName, useCategoryPath, useSearchCategories } from './categories.hooks';
import { hasTradeCode } from './category-code';

interface CategoryPickerProps {
  value: string | null;
  onChange(code: string | null): void;
  label: string;
  description?: string;
  error?: string;
  required?: boolean;
}

/**
 * Finds a category (TN VED section, chapter or heading, a service or a partnership kind) by name in Russian or
 * English or by code ("87.04", "8704"), and shows the chosen one as "87.04 — its name".
 */
export function CategoryPicker({ value, onChange, label, description, error, required }: CategoryPickerProps) {
  const { t } = useTranslation('categories');
  const name = useCategoryName();
  const categoryLabel = useCategoryLabel();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const chosen = useCategoryPath(value).data?.category ?? null;
  const chosenText = chosen ? categoryLabel(chosen, ' — ') : '';
  const [search, setSearch] = useState(chosenText);
  useEffect(() => setSearch(chosenText), [chosenText]);
  const [debounced] = useDebouncedValue(search === chosenText ? '' : search, 250);
  const { data, loading } = useSearchCategories(debounced);
  const options = data?.searchCategories ?? [];

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(code) => {
        onChange(code);
        const picked = options.find((o) => o.code === code);
        if (picked) setSearch(categoryLabel(picked, ' — '));
        combobox.closeDropdown();
      }}
    >
      <Combobox.Target withExpandedAttribute>
        <InputBase
          label={label}
          description={description ?? t('picker.description')}
          error={error}
          withAsterisk={required}
          value={search}
          placeholder={t('picker.placeholder')}
          rightSection={loading ? <Loader size={16} /> : <Combobox.Chevron />}
          rightSectionPointerEvents="none"
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
            if (!event.currentTarget.value) onChange(null);
          }}
          onClick={() => combobox.openDropdown()}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => {
            combobox.closeDropdown();
            setSearch(chosenText);
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options mah={320} style={{ overflowY: 'auto' }} aria-label={label}>
          {!debounced ? (
            <Combobox.Empty>{t('picker.hint')}</Combobox.Empty>
          ) : options.length === 0 && !loading ? (
            <Combobox.Empty>{t('picker.nothing')}</Combobox.Empty>
          ) : (
            options.map((option) => (
              <Combobox.Option value={option.code} key={option.code} active={option.code === value}>
                <Group gap="xs" wrap="nowrap" align="baseline">
                  <Text size="sm" fw={600} ff="monospace" miw={56}>
                    {hasTradeCode(option.code) ? option.code : null}
                  </Text>
                  <div>
                    <Text size="sm">{name(option)}</Text>
                    {option.parent && (
                      <Text size="xs" c="dimmed">
                        {name(option.parent)}
                      </Text>
                    )}
                  </div>
                </Group>
              </Combobox.Option>
            ))
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
