import { Button, Group, MultiSelect, Paper, SegmentedControl, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { useSession } from '../auth/SessionProvider';
import { useCategoryName } from '../categories/categories.hooks';
import type { Country } from '../gql/graphql';
import { ErrorBanner } from '../shared/ErrorBanner';
import { problemOf, type Problem } from '../shared/errors';
import { RegionSelect } from '../reference/ReferencePickers';
import { useLabels } from '../shared/labels';
import { usePageTitle } from '../shared/usePageTitle';
import { useProblemText } from '../shared/useProblemText';
import { useCreateOrganization, useSectors } from './organization.hooks';

const FIELDS = ['name', 'country', 'region', 'city', 'taxId', 'sectorCodes', 'website', 'description'] as const;

/** Registers the user's organization (they become its owner); tax id errors show at the field. */
export function CreateOrganizationPage() {
  const { t } = useTranslation('organization');
  usePageTitle(t('create.title'));
  const navigate = useNavigate();
  const labels = useLabels();
  const categoryName = useCategoryName();
  const { user, reloadUser } = useSession();
  const sectors = useSectors().data?.categories ?? [];
  const [create, { loading }] = useCreateOrganization();
  const { showAtFields } = useProblemText();
  const [problem, setProblem] = useState<Problem | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: '', country: 'BY' as Country, region: '', city: '', taxId: '', sectorCodes: [] as string[], website: '', description: '' },
    validate: {
      name: (value) => (value.trim().length >= 2 ? null : t('errors.name')),
      region: (value) => (value ? null : t('errors.region')),
      taxId: (value, values) => (new RegExp(`^\\d{${values.country === 'BY' ? 9 : 10}}$`).test(value.trim()) ? null : t(`errors.taxIdFormat.${values.country}`)),
      website: (value) => (!value.trim() || /^https?:\/\/\S+\.\S+/.test(value.trim()) ? null : t('errors.website')),
    },
  });
  if (user?.organization) return <Navigate to={`/organizations/${user.organization.id}`} replace />;

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      const input = {
        name: values.name.trim(),
        country: values.country,
        region: values.region,
        city: values.city.trim() || null,
        taxId: values.taxId.trim(),
        sectorCodes: values.sectorCodes,
        website: values.website.trim() || null,
        description: values.description.trim() || null,
      };
      const { data } = await create({ variables: { input } });
      await reloadUser();
      if (data) navigate(`/organizations/${data.createOrganization.id}`, { replace: true });
    } catch (error) {
      const found = problemOf(error);
      if (found.code === 'CONFLICT') return form.setFieldError('taxId', t('errors.taxIdTaken'));
      if (showAtFields(found, form, FIELDS)) setProblem(found);
    }
  });

  const country = form.values.country;
  return (
    <Stack maw={640} mx="auto" py="md">
      <Title order={1} size="h2">
        {t('create.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('create.lead')}
      </Text>
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <TextInput label={t('fields.name')} required {...form.getInputProps('name')} />
            <div>
              <Text size="sm" fw={500} mb={4} id="country-label">
                {t('fields.country')}
              </Text>
              <SegmentedControl
                aria-labelledby="country-label"
                data={(['BY', 'RU'] as const).map((c) => ({ value: c, label: labels.country(c) }))}
                value={country}
                onChange={(value) => {
                  form.setFieldValue('country', value as Country);
                  form.setFieldValue('region', '');
                }}
              />
            </div>
            <Group grow align="flex-start" wrap="wrap">
              <RegionSelect country={country} label={t('fields.region')} required {...form.getInputProps('region')} miw={200} />
              <TextInput label={t('fields.city')} {...form.getInputProps('city')} miw={200} />
            </Group>
            <TextInput label={t(`fields.taxId.${country}`)} description={t(`fields.taxIdHint.${country}`)} required inputMode="numeric" {...form.getInputProps('taxId')} />
            <MultiSelect
              label={t('fields.sectors')}
              description={t('fields.sectorsHint')}
              data={sectors.map((s) => ({ value: s.code, label: categoryName(s) }))}
              searchable
              maxValues={10}
              {...form.getInputProps('sectorCodes')}
            />
            <TextInput label={t('fields.website')} placeholder="https://" type="url" {...form.getInputProps('website')} />
            <Textarea label={t('fields.description')} autosize minRows={3} maxRows={8} {...form.getInputProps('description')} />
            {problem && <ErrorBanner error={problem} />}
            <Button type="submit" loading={loading}>
              {t('create.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
