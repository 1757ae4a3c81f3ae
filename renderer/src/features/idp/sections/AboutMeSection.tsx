import { Anchor, Group, Image, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { ProfileSection } from '../../../../../shared/schemas/profile';
import { useIdpPhoto } from '../../../api/idp';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useI18n } from '../../../i18n';
import { formatDate } from '../../learner/labels';
import { hrefFor } from '../../shell/use-hash-route';
import { useIdpForm } from '../fields';
import { OPTIONS, optionLabel } from '../labels';
import { RefreshButton } from './RefreshButton';
import type { SectionProps } from './section-props';

function Photo({ idpId, name }: { idpId: string; name: string }) {
  const { t } = useI18n();
  const photo = useIdpPhoto(idpId);
  if (photo.isError) return <ErrorAlert error={photo.error} />;
  if (!photo.data) return null;
  return <Image src={`data:${photo.data.mime};base64,${photo.data.base64}`} alt={t('idp.aboutMe.photoAlt', { name })} radius="md" w={120} h={120} fit="cover" />;
}

/**
 * 1C: the learner's one-page profile as it was pulled into the plan, with its picture and who said each thing. It
 * is written in the profile; the plan keeps a copy, refreshed on request.
 */
export function AboutMeSection({ value, learnerName }: Pick<SectionProps<'aboutMe'>, 'value'> & { learnerName: string }) {
  const { t } = useI18n();
  const { readOnly, idpId, learnerId } = useIdpForm();
  const pulled = value.pulledOn ? t('idp.aboutMe.pulled', { date: formatDate(value.pulledOn), n: value.sourceVersionNumber ?? '–' }) : t('idp.aboutMe.notPulled');
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start">
        <Text size="sm">{pulled}</Text>
        <Group gap="xs">
          <RefreshButton part="aboutMe" label={t('idp.aboutMe.refresh')} />
          {!readOnly && (
            <Anchor size="sm" href={hrefFor.profile('learner', learnerId)}>
              {t('idp.aboutMe.edit')}
            </Anchor>
          )}
        </Group>
      </Group>
      <Group align="flex-start" wrap="nowrap" gap="lg">
        <Photo idpId={idpId} name={learnerName} />
        {value.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('idp.aboutMe.empty')}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 3 }} style={{ flex: 1 }}>
            {ProfileSection.options.map((section) => (
              <div key={section}>
                <Text fw={600} size="sm">
                  {optionLabel(t, OPTIONS.profileSection, section)}
                </Text>
                <List size="sm" spacing={4}>
                  {value.items
                    .filter((i) => i.section === section)
                    .map((i) => (
                      <List.Item key={i.id}>
                        {i.text}{' '}
                        <Text span size="xs" c="dimmed">
                          ({optionLabel(t, OPTIONS.contributor, i.contributor)})
                        </Text>
                      </List.Item>
                    ))}
                </List>
              </div>
            ))}
          </SimpleGrid>
        )}
      </Group>
    </Stack>
  );
}
