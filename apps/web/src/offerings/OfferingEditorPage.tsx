import { Button, Group, MultiSelect, NumberInput, Paper, SegmentedControl, Select, SimpleGrid, Skeleton, Stack, TagsInput, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useSession } from '../auth/SessionProvider';
import { CategoryPicker } from '../categories/CategoryPicker';
import type { OfferingKind } from '../gql-pages/graphql';
import { CertificationsInput, UnitSelect } from '../reference/ReferencePickers';
import { useReference } from '../reference/reference.hooks';
import { CURRENCIES, KINDS } from '../search/search-state';
import { ErrorBanner } from '../shared/ErrorBanner';
import { problemOf, type Problem } from '../shared/errors';
import { NoOrganization } from '../shared/NoOrganization';
import { usePageTitle } from '../shared/usePageTitle';
import { useProblemText } from '../shared/useProblemText';
import { useCreateOffering, useMyOffering, useSetOfferingStatus, useUpdateOffering } from './my-offerings.hooks';
import { emptyOfferingForm, OFFERING_FORM_FIELDS, offeringFormOf, offeringInputOf, type OfferingFormValues } from './offering-form';

const today = () => new Date().toISOString().slice(0, 10);

/** Create an offering (publish now or keep a draft to preview) or edit one; every API refusal shows at its field. */
export function OfferingEditorPage() {
  const { id } = useParams();
  // The pickers' namespaces load with the page (a picker suspending later would remount the form).
  const { t } = useTranslation(['myOfferings', 'offerings', 'categories']);
  usePageTitle(id ? t('editor.editTitle') : t('editor.newTitle'));
  const navigate = useNavigate();
  const reference = useReference();
  const { user } = useSession();
  const existing = useMyOffering(id ?? null);
  const [createOffering, creating] = useCreateOffering();
  const [updateOffering, updating] = useUpdateOffering();
  const [setStatus] = useSetOfferingStatus();
  const { showAtFields } = useProblemText();
  const [problem, setProblem] = useState<Problem | null>(null);
  const form = useForm<OfferingFormValues>({
    mode: 'controlled',
    initialValues: emptyOfferingForm(),
    validate: {
      title: (v) => ([...v.trim()].length >= 3 && [...v.trim()].length <= 200 ? null : t('editor.errors.title')),
      description: (v) => (v.trim() && [...v].length <= 10_000 ? null : t('editor.errors.description')),
      categoryCode: (v) => (v ? null : t('editor.errors.category')),
      priceMax: (v, values) => (v !== '' && values.priceMin !== '' && Number(v) < Number(values.priceMin) ? t('editor.errors.priceOrder') : null),
      validUntil: (v) => (!v || v >= today() ? null : t('editor.errors.validUntil')),
    },
  });
  const offering = existing.data?.offering;
  // The loaded offering fills the form once (later cache updates must not overwrite what is being typed).
  const filled = useRef<string | null>(null);
  useEffect(() => {
    // Certifications are named in the page language, so the tables must be there first.
    if (offering && !reference.loading && filled.current !== offering.id) {
      filled.current = offering.id;
      form.setValues(offeringFormOf(offering, reference.certificationName));
    }
  }, [offering, form, reference]);

  if (!user?.organization) return <NoOrganization />;
  if (id && !offering) return existing.error ? <ErrorBanner error={existing.error} /> : <Skeleton height={400} />;

  const save = (publish: boolean) =>
    form.onSubmit(async (values) => {
      setProblem(null);
      try {
        const input = offeringInputOf(values, publish, reference.certificationCodeOf);
        const saved = id ? (await updateOffering({ variables: { id, input } })).data?.updateOffering : (await createOffering({ variables: { input } })).data?.createOffering;
        // Editing keeps the status; "Publish" on a draft publishes it as a second step.
        if (saved && id && publish && saved.status === 'DRAFT') await setStatus({ variables: { id, status: 'PUBLISHED' } });
        if (saved) navigate(publish ? `/offerings/${saved.id}/matches` : `/offerings/${saved.id}`);
      } catch (error) {
        const found = problemOf(error);
        if (showAtFields(found, form, OFFERING_FORM_FIELDS, { price: 'priceMax' })) setProblem(found);
      }
    });

  const regions = reference.deliveryRegionOptions();
  const busy = creating.loading || updating.loading;
  const isDraft = !offering || offering.status === 'DRAFT';

  return (
    <Stack maw={820} mx="auto" gap="md">
      <Title order={1} size="h2">
        {id ? t('editor.editTitle') : t('editor.newTitle')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('editor.lead')}
      </Text>
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md">
        <form onSubmit={save(true)} noValidate>
          <Stack gap="md">
            <div>
              <Text size="sm" fw={500} mb={4} id="kind-label">
                {t('fields.kind')}
              </Text>
              <SegmentedControl
                aria-labelledby="kind-label"
                data={KINDS.map((kind) => ({ value: kind, label: t(`offerings:kinds.${kind}`) }))}
                value={form.values.kind}
                onChange={(value) => form.setFieldValue('kind', value as OfferingKind)}
              />
            </div>
            <TextInput label={t('fields.title')} placeholder={t('editor.titlePlaceholder')} required {...form.getInputProps('title')} />
            <Textarea label={t('fields.description')} description={t('editor.descriptionHint')} required autosize minRows={4} maxRows={14} {...form.getInputProps('description')} />
            <CategoryPicker label={t('fields.category')} required value={form.values.categoryCode} onChange={(code) => form.setFieldValue('categoryCode', code)} error={form.errors.categoryCode as string | undefined} />
            <TagsInput label={t('fields.keywords')} description={t('editor.keywordsHint')} maxTags={20} splitChars={[',', ';']} {...form.getInputProps('keywords')} />
            <div>
              <Text size="sm" fw={500}>
                {t('fields.price')}
              </Text>
              <Text size="xs" c="dimmed" mb={4}>
                {t('editor.priceHint')}
              </Text>
              <SimpleGrid cols={{ base: 1, xs: 3 }}>
                <NumberInput label={t('fields.priceMin')} min={0} allowNegative={false} thousandSeparator=" " decimalScale={2} {...form.getInputProps('priceMin')} />
                <NumberInput label={t('fields.priceMax')} min={0} allowNegative={false} thousandSeparator=" " decimalScale={2} {...form.getInputProps('priceMax')} />
                <Select label={t('fields.currency')} data={CURRENCIES} allowDeselect={false} {...form.getInputProps('currency')} />
              </SimpleGrid>
            </div>
            <SimpleGrid cols={{ base: 1, xs: 3 }}>
              <UnitSelect label={t('fields.unit')} clearable {...form.getInputProps('unit')} />
              <NumberInput label={t('fields.minOrderQuantity')} min={0} allowNegative={false} thousandSeparator=" " {...form.getInputProps('minOrderQuantity')} />
              <NumberInput label={t('fields.leadTimeDays')} min={0} max={3650} allowNegative={false} allowDecimal={false} {...form.getInputProps('leadTimeDays')} />
            </SimpleGrid>
            <CertificationsInput label={t('fields.certifications')} description={t('editor.certificationsHint')} maxTags={20} {...form.getInputProps('certifications')} />
            <MultiSelect label={t('fields.deliveryRegions')} description={t('editor.regionsHint')} searchable data={regions} maxValues={50} {...form.getInputProps('deliveryRegions')} />
            <TextInput type="date" label={t('fields.validUntil')} description={t('editor.validUntilHint')} min={today()} {...form.getInputProps('validUntil')} />
            {problem && <ErrorBanner error={problem} />}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => navigate(-1)}>
                {t('editor.cancel')}
              </Button>
              {isDraft && (
                <Button variant="light" loading={busy} onClick={() => save(false)()}>
                  {t('editor.saveDraft')}
                </Button>
              )}
              <Button type="submit" loading={busy}>
                {isDraft ? t('editor.publish') : t('editor.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
