import { App, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session-context';
import { describeError } from './error-alert';

/** Users in several organisations choose which one they act for; everything on screen follows the choice. */
export function OrganisationSwitch() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { session, switchOrganisation } = useSession();
  const [isSwitching, setIsSwitching] = useState(false);
  if (!session || session.memberships.length === 0) return null;
  if (session.memberships.length === 1) {
    const only = session.memberships[0]!;
    return (
      <Typography.Text className="header-organisation" ellipsis title={only.organisationName}>
        {only.organisationName}
      </Typography.Text>
    );
  }
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
        label: `${membership.organisationName} · ${t(`roles.${membership.role}`)}`,
      }))}
    />
  );
}
