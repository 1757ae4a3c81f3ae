/**
 * One one-page profile laid out on one A4 page: the name large at the top, the photo, the three headed boxes and a
 * dated footer. Used by the print view and, scaled down, by the editor's live preview.
 */
import { useEffect } from 'react';
import type { OwnerKind, Profile, ProfileItem, ProfileSection } from '../../../../shared/schemas/profile';
import { useI18n } from '../../i18n';
import { formatDate } from '../learner/labels';
import { attribution, formatStamp, SECTIONS, sectionHeading } from '../profile/labels';
import { useFitType, type Fit } from './use-fit-type';
import './print.css';

const ICONS: Record<ProfileSection, string> = {
  // A star for what people appreciate, a heart for what matters, an open hand for support.
  appreciation: 'M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z',
  importantTo: 'M12 20.5s-7.5-4.6-9.3-9.2C1.5 8 3.6 4.5 7 4.5c2.1 0 3.6 1.2 5 3 1.4-1.8 2.9-3 5-3 3.4 0 5.5 3.5 4.3 6.8-1.8 4.6-9.3 9.2-9.3 9.2z',
  support: 'M6 21v-5.5L3.2 10.8a1.6 1.6 0 012.7-1.7L8 12V4.5a1.5 1.5 0 013 0V10h.5V3a1.5 1.5 0 013 0v7h.5V4.5a1.5 1.5 0 013 0V11h.4V7.5a1.5 1.5 0 013 0v7c0 3.6-2.4 6.5-6 6.5z',
};

function Item({ item }: { item: ProfileItem }) {
  const { t } = useI18n();
  return (
    <li className={item.importantFor ? 'opp-item opp-item-for' : 'opp-item'}>
      <span className={item.firstPerson ? 'opp-text opp-own-words' : 'opp-text'}>{item.firstPerson ? `“${item.text}”` : item.text}</span>
      <span className="opp-by"> — {attribution(t, item.contributor)}</span>
      {item.importantFor && <span className="opp-for">{t('print.importantFor')}</span>}
    </li>
  );
}

function Section({ kind, section, items }: { kind: OwnerKind; section: ProfileSection; items: ProfileItem[] }) {
  const { t } = useI18n();
  return (
    <section className={`opp-box opp-${section}`}>
      <h2 className="opp-heading">
        <svg className="opp-icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d={ICONS[section]} />
        </svg>
        {sectionHeading(t, kind, section)}
      </h2>
      <ul className={items.length >= 4 ? 'opp-items opp-two-columns' : 'opp-items'}>
        {items.map((item) => (
          <Item key={item.id} item={item} />
        ))}
      </ul>
    </section>
  );
}

export interface SheetProps {
  profile: Profile;
  /** A data: URL of the photo, or null for none. */
  photo: string | null;
  /** The school's name in the footer (learners' profiles only), or null. */
  schoolName: string | null;
  /** Told the chosen type size each time it changes (the editor's live check). */
  onFit?: (fit: Fit) => void;
}

/** A digest of everything that changes the layout, so the type is fitted again only when something did. */
function signatureOf({ profile, photo, schoolName }: SheetProps, language: string): string {
  return JSON.stringify([language, profile.ownerName, profile.items, profile.nextUpdateDue, profile.updatedAt, photo !== null, schoolName]);
}

export function ProfileSheet(props: SheetProps) {
  const { profile, photo, schoolName, onFit } = props;
  const { t, language } = useI18n();
  const { ref, fit } = useFitType(signatureOf(props, language));
  useEffect(() => {
    if (fit) onFit?.(fit);
  }, [fit, onFit]);
  return (
    <article className="opp-page" data-profile-id={profile.id} data-fit-pt={fit?.pt} aria-label={t('print.pageLabel', { name: profile.ownerName })}>
      <div className="opp-fit" ref={ref}>
        <header className="opp-header">
          <div className="opp-title">
            <p className="opp-kicker">{t('print.kicker')}</p>
            <h1 className="opp-name">{profile.ownerName}</h1>
          </div>
          {photo && <img className="opp-photo" src={photo} alt={t('photo.alt', { name: profile.ownerName })} />}
        </header>
        {SECTIONS.map((s) => (
          <Section key={s} kind={profile.ownerKind} section={s} items={profile.items.filter((i) => i.section === s)} />
        ))}
        <footer className="opp-footer">
          <span>{t('print.lastUpdated', { date: formatStamp(profile.updatedAt) })}</span>
          {profile.nextUpdateDue && <span>{t('print.nextUpdate', { date: formatDate(profile.nextUpdateDue) })}</span>}
          {schoolName && <span className="opp-school">{schoolName}</span>}
        </footer>
      </div>
    </article>
  );
}
