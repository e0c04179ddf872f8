import { Button, Group, NumberInput, Paper, Select, SimpleGrid, Skeleton, Stack, TagsInput, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useSession } from '../auth/SessionProvider';
import { CategoryPicker } from '../categories/CategoryPicker';
import { ErrorBanner } from '../shared/ErrorBanner';
import { problemOf, type Problem } from '../shared/errors';
import { CertificationsInput, DeliveryRegionSelect, UnitSelect } from '../reference/ReferencePickers';
import { useReference } from '../reference/reference.hooks';
import { NoOrganization } from '../shared/NoOrganization';
import { usePageTitle } from '../shared/usePageTitle';
import { useProblemText } from '../shared/useProblemText';
import { CURRENCIES } from '../search/search-state';
import { emptyNeedForm, NEED_FORM_FIELDS, needFormOf, needInputOf, type NeedFormValues } from './need-form';
import { useCreateNeed, useNeed, useSetNeedStatus, useUpdateNeed } from './needs.hooks';

/** Create a need (publish now or keep as a draft) or edit one; every API refusal shows at its field. */
export function NeedEditorPage() {
  const { id } = useParams();
  const { t } = useTranslation('needs');
  usePageTitle(id ? t('editor.editTitle') : t('editor.newTitle'));
  const navigate = useNavigate();
  const reference = useReference();
  const { user } = useSession();
  const existing = useNeed(id ?? null);
  const [createNeed, creating] = useCreateNeed();
  const [updateNeed, updating] = useUpdateNeed();
  const [setStatus] = useSetNeedStatus();
  const { showAtFields } = useProblemText();
  const [problem, setProblem] = useState<Problem | null>(null);
  const form = useForm<NeedFormValues>({
    mode: 'controlled',
    initialValues: emptyNeedForm(),
    validate: {
      title: (v) => ([...v.trim()].length >= 3 && [...v.trim()].length <= 200 ? null : t('editor.errors.title')),
      description: (v) => ([...v].length <= 10_000 ? null : t('editor.errors.description')),
      categoryCode: (v) => (v ? null : t('editor.errors.category')),
      deliveryRegion: (v) => (v ? null : t('editor.errors.region')),
      budgetMax: (v, values) => (v !== '' && values.budgetMin !== '' && Number(v) < Number(values.budgetMin) ? t('editor.errors.budgetOrder') : null),
      neededBy: (v) => (!v || v >= new Date().toISOString().slice(0, 10) ? null : t('editor.errors.neededBy')),
    },
  });
  const need = existing.data?.need;
  // The loaded need fills the form once (later cache updates must not overwrite what is being typed).
  const filled = useRef<string | null>(null);
  useEffect(() => {
    // Certifications are named in the page language, so the tables must be there first.
    if (need && !reference.loading && filled.current !== need.id) {
      filled.current = need.id;
      form.setValues(needFormOf(need, reference.certificationName));
    }
  }, [need, form, reference]);

  if (!user?.organization) return <NoOrganization />;
  if (id && !need) return existing.error ? <ErrorBanner error={existing.error} /> : <Skeleton height={400} />;

  const save = (publish: boolean) =>
    form.onSubmit(async (values) => {
      setProblem(null);
      try {
        const input = needInputOf(values, publish, reference.certificationCodeOf);
        const saved = id ? (await updateNeed({ variables: { id, input } })).data?.updateNeed : (await createNeed({ variables: { input } })).data?.createNeed;
        // Editing keeps the status; "Publish" on a draft opens it as a second step.
        if (saved && id && publish && saved.status === 'DRAFT') await setStatus({ variables: { id, status: 'OPEN' } });
        if (saved) navigate(`/needs/${saved.id}`);
      } catch (error) {
        const found = problemOf(error);
        if (showAtFields(found, form, NEED_FORM_FIELDS, { budget: 'budgetMax' })) setProblem(found);
      }
    });

  const busy = creating.loading || updating.loading;
  const isDraft = !need || need.status === 'DRAFT';

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
            <TextInput label={t('fields.title')} placeholder={t('editor.titlePlaceholder')} required {...form.getInputProps('title')} />
            <Textarea label={t('fields.description')} description={t('editor.descriptionHint')} autosize minRows={4} maxRows={14} {...form.getInputProps('description')} />
            <CategoryPicker label={t('fields.category')} required value={form.values.categoryCode} onChange={(code) => form.setFieldValue('categoryCode', code)} error={form.errors.categoryCode as string | undefined} />
            <TagsInput label={t('fields.keywords')} description={t('editor.keywordsHint')} maxTags={20} splitChars={[',', ';']} {...form.getInputProps('keywords')} />
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <NumberInput label={t('fields.quantity')} min={0} allowNegative={false} thousandSeparator=" " {...form.getInputProps('quantity')} />
              <UnitSelect label={t('fields.unit')} clearable {...form.getInputProps('unit')} />
            </SimpleGrid>
            <div>
              <Text size="sm" fw={500}>
                {t('fields.budget')}
              </Text>
              <Text size="xs" c="dimmed" mb={4}>
                {t('editor.budgetHint')}
              </Text>
              <SimpleGrid cols={{ base: 1, xs: 3 }}>
                <NumberInput label={t('fields.budgetMin')} min={0} allowNegative={false} thousandSeparator=" " decimalScale={2} {...form.getInputProps('budgetMin')} />
                <NumberInput label={t('fields.budgetMax')} min={0} allowNegative={false} thousandSeparator=" " decimalScale={2} {...form.getInputProps('budgetMax')} />
                <Select label={t('fields.currency')} data={CURRENCIES} allowDeselect={false} {...form.getInputProps('currency')} />
              </SimpleGrid>
            </div>
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <TextInput type="date" label={t('fields.neededBy')} min={new Date().toISOString().slice(0, 10)} {...form.getInputProps('neededBy')} />
              <DeliveryRegionSelect label={t('fields.deliveryRegion')} required {...form.getInputProps('deliveryRegion')} />
            </SimpleGrid>
            <CertificationsInput label={t('fields.requiredCertifications')} description={t('editor.certificationsHint')} maxTags={20} {...form.getInputProps('requiredCertifications')} />
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
