import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { sectionsFor, type IdpSectionId } from '../../../../shared/forms/idp-annex-a';
import type { IdpProblem, SectionState } from '../../../../shared/rules/idp-quality';
import type { IdpContent } from '../../../../shared/schemas/idp';
import { useI18n } from '../../i18n';
import { sectionHeading } from './labels';
import { problemRow } from './problem-text';
import { RowChecks } from './RowChecks';
import { SectionFrame } from './SectionFrame';
import { AboutMeSection } from './sections/AboutMeSection';
import { AdministrationSection } from './sections/AdministrationSection';
import { AlnDescriptionSection } from './sections/AlnDescriptionSection';
import { CoreDetailsSection } from './sections/CoreDetailsSection';
import { OtherProvisionSection, TimelineSection, TransitionSection } from './sections/PlanningSections';
import { ProvisionSection } from './sections/ProvisionSection';
import { ViewsSection } from './sections/ViewsSection';
import { AppendicesSection, InformationUsedSection, LaProvisionSection, ReasonsSection } from './sections/RecordSections';
import type { SetSection } from './use-idp-editor';

interface Props {
  content: IdpContent;
  set: SetSection;
  problems: readonly IdpProblem[];
  learnerName: string;
}

/** The fields of one section, by its id. */
function SectionBody({ id, content, set, problems, learnerName }: Props & { id: IdpSectionId }): ReactNode {
  const bind = <K extends IdpSectionId>(section: K) => ({ value: content[section], set: (value: IdpContent[K], typing?: boolean) => set(section, value, typing) });
  switch (id) {
    case 'coreDetails':
      return <CoreDetailsSection {...bind('coreDetails')} />;
    case 'administration':
      return <AdministrationSection {...bind('administration')} />;
    case 'aboutMe':
      return <AboutMeSection value={content.aboutMe} learnerName={learnerName} />;
    case 'views':
      return <ViewsSection {...bind('views')} />;
    case 'alnDescription':
      return <AlnDescriptionSection {...bind('alnDescription')} />;
    case 'provision':
      return <ProvisionSection {...bind('provision')} problems={problems} />;
    case 'otherProvision':
      return <OtherProvisionSection {...bind('otherProvision')} />;
    case 'laProvision':
      return <LaProvisionSection {...bind('laProvision')} />;
    case 'transition':
      return <TransitionSection {...bind('transition')} />;
    case 'reasons':
      return <ReasonsSection {...bind('reasons')} />;
    case 'informationUsed':
      return <InformationUsedSection {...bind('informationUsed')} />;
    case 'timeline':
      return <TimelineSection {...bind('timeline')} />;
    case 'appendices':
      return <AppendicesSection {...bind('appendices')} />;
  }
}

/** The whole plan, section by section in the order of the form, each with its state and its checks. */
export function IdpSections({ states, ...props }: Props & { states: Record<IdpSectionId, SectionState> }) {
  const { t, language } = useI18n();
  const { content, problems } = props;
  return (
    <Stack gap="md" style={{ flex: 1, minWidth: 0 }}>
      {sectionsFor(content.administration.maintainedBy).map(({ id }) => {
        // Provision elements carry their own checks; every other section's are listed at its foot.
        const mine = id === 'provision' ? problems.filter((p) => p.section === id && !p.rowId) : problems.filter((p) => p.section === id);
        return (
          <SectionFrame key={id} id={id} state={states[id]}>
            <SectionBody id={id} {...props} />
            <RowChecks problems={mine} label={t('idp.checks.on', { name: sectionHeading(id, language) })} where={(p) => problemRow(t, content, p)} />
          </SectionFrame>
        );
      })}
    </Stack>
  );
}
