import { App, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../api/types';
import { useSession } from '../session/session-context';
import { describeError } from './error-alert';
import { useOrganisation, useOrganisationLabel } from './organisation-name';

/**
 * The session names each organisation in Russian only; the organisation record (fetched once, cached) has the
 * English name, so the header follows the interface language like every other page.
 */
function useMembershipName(membership: Membership): string {
  const organisation = useOrganisation(membership.organisationId);
  const label = useOrganisationLabel();
  return organisation.data ? label(organisation.data) : membership.organisationName;
}

function MembershipName({ membership }: { membership: Membership }) {
  return <>{useMembershipName(membership)}</>;
}

function SingleOrganisation({ membership }: { membership: Membership }) {
  const name = useMembershipName(membership);
  return (
    <Typography.Text className="header-organisation" ellipsis title={name}>
      {name}
    </Typography.Text>
  );
}

/** Users in several organisations choose which one they act for; everything on screen follows the choice. */
export function OrganisationSwitch() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { session, switchOrganisation } = useSession();
  const [isSwitching, setIsSwitching] = useState(false);
  if (!session || session.memberships.length === 0) return null;
  if (session.memberships.length === 1) return <SingleOrganisation membership={session.memberships[0]!} />;
  return (
    <Select
      className="organisation-switch"
      aria-label={t('layout.actingFor')}
      loading={isSwitching}
      value={session.activeOrganisationId ?? undefined}
      placeholder={t('layout.chooseOrganisation')}
      popupMatchSelectWidth={false}
      onChange={async (organisationId: string) => {
        setIsSwitching(true);
        try {
          await switchOrganisation(organisationId);
          message.success(t('layout.switched'));
        } catch (error) {
          message.error(describeError(error, t));
        } finally {
          setIsSwitching(false);
        }
      }}
      options={session.memberships.map((membership) => ({
        value: membership.organisationId,
        label: (
          <>
            <MembershipName membership={membership} /> · {t(`roles.${membership.role}`)}
          </>
        ),
      }))}
    />
  );
}
