import { Box, NavLink, Text } from '@mantine/core';
import { sectionsFor, type IdpSectionId } from '../../../../shared/forms/idp-annex-a';
import type { SectionState } from '../../../../shared/rules/idp-quality';
import type { MaintainedBy } from '../../../../shared/schemas/idp';
import { useI18n } from '../../i18n';
import { sectionHeading } from './labels';
import { goTo, sectionElementId, StateBadge } from './SectionFrame';

/**
 * The plan's sections in the order of the form, each with how complete it is; choosing one moves to it (and the
 * keyboard focus with it). The address stays the plan's own, so the page is not left.
 */
export function IdpOutline({ maintainedBy, states }: { maintainedBy: MaintainedBy; states: Record<IdpSectionId, SectionState> }) {
  const { t, language } = useI18n();
  return (
    <Box component="nav" aria-label={t('idp.outline.label')} w={270} style={{ flex: '0 0 auto', position: 'sticky', top: 76, alignSelf: 'flex-start', maxHeight: 'calc(100vh - 96px)', overflowY: 'auto' }}>
      <Text fw={700} size="sm" mb={4}>
        {t('idp.outline.title')}
      </Text>
      {sectionsFor(maintainedBy).map(({ id }) => (
        <NavLink
          key={id}
          href={`#${sectionElementId(id)}`}
          onClick={(e) => {
            e.preventDefault();
            goTo(id);
          }}
          label={sectionHeading(id, language)}
          description={<StateBadge state={states[id]} />}
          py={6}
        />
      ))}
    </Box>
  );
}
