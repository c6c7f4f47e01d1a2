import { DeleteOutlined, DownloadOutlined, EditOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Skeleton,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isApiError } from '../api/api-client';
import { apiTokensApi, organisationsApi } from '../api/coopex-api';
import type {
  ApiToken,
  ApiTokenScope,
  AuditEntry,
  Invitation,
  Member,
  MembershipRole,
  Organisation,
} from '../api/types';
import { EmptyState } from '../components/empty-state';
import { describeError, ErrorAlert } from '../components/error-alert';
import { FormDialog } from '../components/form-dialog';
import { CountryLabel, useIndustryName } from '../components/labels';
import { useOrganisationLabel } from '../components/organisation-name';
import { PageHeader } from '../components/page-header';
import { describeAuditAction, describeAuditEntity } from '../format/audit-names';
import { useFormatters } from '../format/use-formatters';
import { useSession } from '../session/session-context';

const industries = [
  'microelectronics',
  'electrical-equipment',
  'machine-tools',
  'bearings',
  'hydraulics',
  'agricultural-machinery',
  'automotive',
  'special-vehicles',
  'medical-equipment',
  'pharmaceuticals',
  'optics',
];

/** A secret the server shows once: copy it now, it cannot be read again. */
function OneTimeSecret({ title, secret, hint }: { title: string; secret: string; hint: string }) {
  return (
    <Alert
      type="success"
      showIcon
      className="form-alert"
      title={title}
      description={
        <Flex vertical gap={4}>
          <Typography.Text code copyable className="one-time-secret">
            {secret}
          </Typography.Text>
          <Typography.Text type="secondary">{hint}</Typography.Text>
        </Flex>
      }
    />
  );
}

function ProfileTab({ organisation, isAdmin }: { organisation: Organisation; isAdmin: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const industryName = useIndustryName();
  const queryClient = useQueryClient();
  const [isEditing, setIsEditing] = useState(false);
  const save = useMutation({
    mutationFn: (values: Pick<Organisation, 'nameRu' | 'nameEn' | 'ogrn' | 'industries'>) =>
      organisationsApi.update(organisation.id, {
        kind: organisation.kind,
        country: organisation.country,
        taxId: organisation.taxId,
        nameRu: values.nameRu,
        nameEn: values.nameEn || null,
        ogrn: values.ogrn || null,
        industries: values.industries,
      }),
    onSuccess: async () => {
      message.success(t('organisation.saved'));
      setIsEditing(false);
      await queryClient.invalidateQueries({ queryKey: ['organisation', organisation.id] });
    },
    onError: (error) => message.error(describeError(error, t)),
  });

  if (isEditing) {
    return (
      <Form
        layout="vertical"
        initialValues={organisation}
        onFinish={(values: Pick<Organisation, 'nameRu' | 'nameEn' | 'ogrn' | 'industries'>) =>
          save.mutate(values)
        }
        className="narrow-form"
      >
        <Form.Item
          label={t('organisation.nameRu')}
          name="nameRu"
          rules={[{ required: true, whitespace: true, message: t('organisation.nameRequired') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item label={t('organisation.nameEn')} name="nameEn">
          <Input />
        </Form.Item>
        <Form.Item label={t('organisation.ogrn')} name="ogrn">
          <Input />
        </Form.Item>
        <Form.Item label={t('organisation.industries')} name="industries">
          <Select mode="tags" options={industries.map((value) => ({ value, label: industryName(value) }))} />
        </Form.Item>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
          <Button onClick={() => setIsEditing(false)}>{t('common.cancel')}</Button>
        </Flex>
      </Form>
    );
  }
  return (
    <>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'nameRu', label: t('organisation.nameRu'), children: organisation.nameRu },
          { key: 'nameEn', label: t('organisation.nameEn'), children: organisation.nameEn ?? '—' },
          {
            key: 'kind',
            label: t('organisation.kind'),
            children: t(`organisationKind.${organisation.kind}`),
          },
          {
            key: 'country',
            label: t('product.country'),
            children: <CountryLabel code={organisation.country} />,
          },
          { key: 'taxId', label: t('organisation.taxId'), children: organisation.taxId },
          { key: 'ogrn', label: t('organisation.ogrn'), children: organisation.ogrn ?? '—' },
          {
            key: 'industries',
            label: t('organisation.industries'),
            children:
              organisation.industries.length > 0
                ? organisation.industries.map((industry) => (
                    <Tag key={industry}>{industryName(industry)}</Tag>
                  ))
                : '—',
            span: 2,
          },
        ]}
      />
      {isAdmin ? (
        <Button onClick={() => setIsEditing(true)} className="section-card">
          {t('organisation.edit')}
        </Button>
      ) : null}
    </>
  );
}

interface MemberRights {
  role: MembershipRole;
  canBuy: boolean;
  canSupply: boolean;
}

/** The server keeps one admin in every organisation and answers `conflict` otherwise: say so, not "already exists". */
function describeMemberError(error: unknown, t: TFunction): string {
  const isLastAdmin =
    isApiError(error) &&
    error.code === 'conflict' &&
    (error.details as { reason?: string } | null)?.reason === 'last_admin';
  return isLastAdmin ? t('members.lastAdmin') : describeError(error, t);
}

function MemberRightsDialog({
  organisationId,
  member,
  onClose,
  onChanged,
}: {
  organisationId: string;
  member: Member;
  onClose: () => void;
  onChanged: (member: Member) => Promise<void>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<MemberRights>();
  const save = useMutation({
    mutationFn: (rights: MemberRights) =>
      organisationsApi.updateMember(organisationId, member.userId, rights),
    onSuccess: async () => {
      message.success(t('members.saved'));
      await onChanged(member);
      onClose();
    },
  });
  // A coordinator's role is kept as it is unless changed on purpose: the choice is offered only to them.
  const roles: MembershipRole[] =
    member.role === 'coordinator' ? ['member', 'admin', 'coordinator'] : ['member', 'admin'];
  return (
    <FormDialog
      title={t('members.editTitle', { name: member.displayName })}
      isSaving={save.isPending}
      errorText={save.error ? describeMemberError(save.error, t) : null}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<MemberRights>
        form={form}
        layout="vertical"
        initialValues={{ role: member.role, canBuy: member.canBuy, canSupply: member.canSupply }}
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item label={t('organisation.role')} name="role">
          <Select options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
        </Form.Item>
        <Form.Item label={t('organisation.rights')} extra={t('members.rightsHint')}>
          <Flex gap={16} wrap>
            <Form.Item name="canBuy" valuePropName="checked" noStyle>
              <Checkbox>{t('organisation.canBuy')}</Checkbox>
            </Form.Item>
            <Form.Item name="canSupply" valuePropName="checked" noStyle>
              <Checkbox>{t('organisation.canSupply')}</Checkbox>
            </Form.Item>
          </Flex>
        </Form.Item>
      </Form>
    </FormDialog>
  );
}

function MembersTab({ organisationId, isAdmin }: { organisationId: string; isAdmin: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const formatters = useFormatters();
  const queryClient = useQueryClient();
  const { session, reload } = useSession();
  const [editing, setEditing] = useState<Member | null>(null);
  const members = useQuery({
    queryKey: ['members', organisationId],
    queryFn: () => organisationsApi.listMembers(organisationId),
  });
  const afterChange = async (member: Member) => {
    await queryClient.invalidateQueries({ queryKey: ['members', organisationId] });
    await queryClient.invalidateQueries({ queryKey: ['audit-log', organisationId] });
    // A change of one's own role or rights changes what the interface offers: read the session again.
    if (member.userId === session?.user.id) reload();
  };
  const remove = useMutation({
    mutationFn: (member: Member) => organisationsApi.removeMember(organisationId, member.userId),
    onSuccess: async (_, member) => {
      message.success(t('members.removed'));
      await afterChange(member);
    },
    onError: (error) => message.error(describeMemberError(error, t)),
  });
  if (members.error) return <ErrorAlert error={members.error} onRetry={() => void members.refetch()} />;
  const columns: ColumnsType<Member> = [
    {
      title: t('organisation.memberName'),
      dataIndex: 'displayName',
      key: 'name',
      render: (name: string, member) => (
        <>
          {name}
          {member.userId === session?.user.id ? (
            <Typography.Text type="secondary"> ({t('members.you')})</Typography.Text>
          ) : null}
        </>
      ),
    },
    { title: t('organisation.email'), dataIndex: 'email', key: 'email', responsive: ['md'] },
    {
      title: t('organisation.role'),
      dataIndex: 'role',
      key: 'role',
      render: (role: MembershipRole) => <Tag>{t(`roles.${role}`)}</Tag>,
    },
    {
      title: t('organisation.rights'),
      key: 'rights',
      render: (_, member) => (
        <Flex gap={4} wrap>
          {member.canBuy ? <Tag color="blue">{t('organisation.canBuy')}</Tag> : null}
          {member.canSupply ? <Tag color="green">{t('organisation.canSupply')}</Tag> : null}
        </Flex>
      ),
    },
    {
      title: t('organisation.since'),
      dataIndex: 'createdAt',
      key: 'since',
      render: (value: string) => formatters.date(value),
      responsive: ['lg'],
    },
  ];
  if (isAdmin) {
    columns.push({
      title: t('members.actions'),
      key: 'actions',
      render: (_, member) => (
        <Flex gap={8} wrap>
          <Button
            size="small"
            icon={<EditOutlined />}
            aria-label={`${t('members.edit')}: ${member.displayName}`}
            onClick={() => setEditing(member)}
          >
            {t('members.edit')}
          </Button>
          <Popconfirm
            title={
              member.userId === session?.user.id
                ? t('members.removeSelfConfirm')
                : t('members.removeConfirm', { name: member.displayName })
            }
            okText={t('members.remove')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.no')}
            onConfirm={() => remove.mutate(member)}
          >
            <Button
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={`${t('members.remove')}: ${member.displayName}`}
              loading={remove.isPending && remove.variables?.userId === member.userId}
            >
              {t('members.remove')}
            </Button>
          </Popconfirm>
        </Flex>
      ),
    });
  }
  return (
    <>
      <Table<Member>
        rowKey="userId"
        size="small"
        loading={members.isPending}
        dataSource={members.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <EmptyState title={t('organisation.noMembers')} /> }}
        columns={columns}
      />
      {editing ? (
        <MemberRightsDialog
          organisationId={organisationId}
          member={editing}
          onClose={() => setEditing(null)}
          onChanged={afterChange}
        />
      ) : null}
    </>
  );
}

function InvitationsTab({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  const [created, setCreated] = useState<{ email: string; token: string } | null>(null);
  const invitations = useQuery({
    queryKey: ['invitations', organisationId],
    queryFn: () => organisationsApi.listInvitations(organisationId),
  });
  const invite = useMutation({
    mutationFn: (values: { email: string; role: MembershipRole; canBuy: boolean; canSupply: boolean }) =>
      organisationsApi.invite(organisationId, values),
    onSuccess: async (result) => {
      setCreated({ email: result.invitation.email, token: result.token });
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: ['invitations', organisationId] });
    },
  });
  const acceptLink = (token: string) =>
    `${window.location.origin}/accept-invitation?token=${encodeURIComponent(token)}`;

  return (
    <Flex vertical gap={16}>
      {created ? (
        <OneTimeSecret
          title={t('organisation.invitationCreated', { email: created.email })}
          secret={acceptLink(created.token)}
          hint={t('organisation.invitationLinkHint')}
        />
      ) : null}
      <Card size="small" title={t('organisation.inviteTitle')}>
        {invite.error ? <ErrorAlert error={invite.error} /> : null}
        <Form
          form={form}
          layout="inline"
          initialValues={{ role: 'member', canBuy: true, canSupply: false }}
          // The app's own messages in the user's language, not the browser's bubble in the browser's language.
          noValidate
          onFinish={(values: { email: string; role: MembershipRole; canBuy: boolean; canSupply: boolean }) =>
            invite.mutate(values)
          }
          className="invite-form"
        >
          <Form.Item
            label={t('organisation.email')}
            name="email"
            rules={[{ required: true, type: 'email', message: t('signIn.emailRequired') }]}
          >
            <Input type="email" autoComplete="off" />
          </Form.Item>
          <Form.Item label={t('organisation.role')} name="role">
            <Select
              className="role-select"
              options={(['member', 'admin'] as const).map((role) => ({
                value: role,
                label: t(`roles.${role}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="canBuy" valuePropName="checked">
            <Checkbox>{t('organisation.canBuy')}</Checkbox>
          </Form.Item>
          <Form.Item name="canSupply" valuePropName="checked">
            <Checkbox>{t('organisation.canSupply')}</Checkbox>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={invite.isPending}>
            {t('organisation.invite')}
          </Button>
        </Form>
      </Card>
      {invitations.error ? <ErrorAlert error={invitations.error} /> : null}
      <Table<Invitation>
        rowKey="id"
        size="small"
        loading={invitations.isPending}
        dataSource={invitations.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <EmptyState title={t('organisation.noInvitations')} /> }}
        columns={[
          { title: t('organisation.email'), dataIndex: 'email', key: 'email' },
          {
            title: t('organisation.role'),
            dataIndex: 'role',
            key: 'role',
            render: (role: MembershipRole) => t(`roles.${role}`),
          },
          {
            title: t('organisation.sent'),
            dataIndex: 'createdAt',
            key: 'createdAt',
            render: (value: string) => formatters.date(value),
          },
          {
            title: t('organisation.invitationState'),
            key: 'state',
            render: (_, invitation) =>
              invitation.acceptedAt ? (
                <Tag color="success">
                  {t('organisation.accepted', { date: formatters.date(invitation.acceptedAt) })}
                </Tag>
              ) : new Date(invitation.expiresAt) < new Date() ? (
                <Tag>{t('organisation.expired')}</Tag>
              ) : (
                <Tag color="processing">
                  {t('organisation.pending', { date: formatters.date(invitation.expiresAt) })}
                </Tag>
              ),
          },
        ]}
      />
    </Flex>
  );
}

function ApiTokensTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const formatters = useFormatters();
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  const [created, setCreated] = useState<{ id: string; secret: string } | null>(null);
  const tokens = useQuery({ queryKey: ['api-tokens'], queryFn: apiTokensApi.list });
  const create = useMutation({
    mutationFn: apiTokensApi.create,
    onSuccess: async (result) => {
      setCreated({ id: result.apiToken.id, secret: result.token });
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: ['api-tokens'] });
    },
  });
  const revoke = useMutation({
    mutationFn: apiTokensApi.revoke,
    onSuccess: async (revoked) => {
      message.success(t('tokens.revoked'));
      // A revoked token's secret no longer works: it must not stay on screen as if it were ready to copy.
      if (revoked.id === created?.id) setCreated(null);
      await queryClient.invalidateQueries({ queryKey: ['api-tokens'] });
    },
    onError: (error) => message.error(describeError(error, t)),
  });

  return (
    <Flex vertical gap={16}>
      {created ? (
        <OneTimeSecret title={t('tokens.created')} secret={created.secret} hint={t('tokens.createdHint')} />
      ) : null}
      <Card size="small" title={t('tokens.createTitle')}>
        {create.error ? <ErrorAlert error={create.error} /> : null}
        <Form
          form={form}
          layout="inline"
          initialValues={{ scopes: ['read'], expiresInDays: 90 }}
          onFinish={(values: { name: string; scopes: ApiTokenScope[]; expiresInDays: number }) =>
            create.mutate(values)
          }
          className="invite-form"
        >
          <Form.Item
            label={t('tokens.name')}
            name="name"
            rules={[{ required: true, whitespace: true, message: t('tokens.nameRequired') }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            label={t('tokens.scopes')}
            name="scopes"
            rules={[{ required: true, message: t('tokens.scopesRequired') }]}
          >
            <Checkbox.Group
              options={(['read', 'write'] as const).map((scope) => ({
                value: scope,
                label: t(`tokens.scope.${scope}`),
              }))}
            />
          </Form.Item>
          <Form.Item label={t('tokens.expiresInDays')} name="expiresInDays">
            <InputNumber min={1} max={365} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('tokens.create')}
          </Button>
        </Form>
      </Card>
      {tokens.error ? <ErrorAlert error={tokens.error} /> : null}
      <Table<ApiToken>
        rowKey="id"
        size="small"
        loading={tokens.isPending}
        dataSource={tokens.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <EmptyState title={t('tokens.none')} hint={t('tokens.noneHint')} /> }}
        columns={[
          { title: t('tokens.name'), dataIndex: 'name', key: 'name' },
          {
            title: t('tokens.prefix'),
            dataIndex: 'tokenPrefix',
            key: 'prefix',
            render: (value: string) => <code>{value}…</code>,
          },
          {
            title: t('tokens.scopes'),
            dataIndex: 'scopes',
            key: 'scopes',
            render: (scopes: ApiTokenScope[]) =>
              scopes.map((scope) => <Tag key={scope}>{t(`tokens.scope.${scope}`)}</Tag>),
          },
          {
            title: t('tokens.expiresAt'),
            dataIndex: 'expiresAt',
            key: 'expiresAt',
            render: (value: string) => formatters.date(value),
          },
          {
            title: t('tokens.lastUsedAt'),
            dataIndex: 'lastUsedAt',
            key: 'lastUsedAt',
            render: (value: string | null) => (value ? formatters.dateTime(value) : t('tokens.neverUsed')),
            responsive: ['lg'],
          },
          {
            title: t('tokens.state'),
            key: 'state',
            render: (_, token) =>
              token.revokedAt ? (
                <Tag>{t('tokens.revokedAt', { date: formatters.date(token.revokedAt) })}</Tag>
              ) : (
                <Popconfirm
                  title={t('tokens.revokeConfirm', { name: token.name })}
                  okText={t('tokens.revoke')}
                  cancelText={t('common.no')}
                  onConfirm={() => revoke.mutate(token.id)}
                >
                  <Button size="small" danger>
                    {t('tokens.revoke')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </Flex>
  );
}

function AuditTab({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const audit = useQuery({
    queryKey: ['audit-log', organisationId, paging],
    queryFn: () => organisationsApi.listAuditLog(organisationId, paging),
    placeholderData: keepPreviousData,
  });
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap>
        <Button
          icon={<DownloadOutlined />}
          href={organisationsApi.auditLogExportUrl(organisationId, 'xlsx')}
          download
        >
          {t('audit.exportXlsx')}
        </Button>
        <Button
          icon={<DownloadOutlined />}
          href={organisationsApi.auditLogExportUrl(organisationId, 'csv')}
          download
        >
          {t('audit.exportCsv')}
        </Button>
      </Flex>
      {audit.error ? <ErrorAlert error={audit.error} onRetry={() => void audit.refetch()} /> : null}
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        loading={audit.isFetching}
        dataSource={audit.data?.items ?? []}
        locale={{ emptyText: audit.isPending ? ' ' : <EmptyState title={t('audit.empty')} /> }}
        expandable={{
          expandedRowRender: (entry) => (
            <Flex gap={16} wrap>
              <div className="audit-change">
                <Typography.Text strong>{t('audit.before')}</Typography.Text>
                <pre>{JSON.stringify(entry.before, null, 2) ?? '—'}</pre>
              </div>
              <div className="audit-change">
                <Typography.Text strong>{t('audit.after')}</Typography.Text>
                <pre>{JSON.stringify(entry.after, null, 2) ?? '—'}</pre>
              </div>
            </Flex>
          ),
        }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: audit.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          onChange: (page, pageSize) =>
            setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize }),
        }}
        columns={[
          {
            title: t('audit.when'),
            dataIndex: 'occurredAt',
            key: 'when',
            render: (value: string) => <span className="numeric">{formatters.dateTime(value)}</span>,
          },
          {
            title: t('audit.who'),
            key: 'who',
            render: (_, entry) =>
              entry.actorEmail ?? (entry.actorTokenId ? t('audit.apiToken') : t('audit.system')),
          },
          {
            title: t('audit.action'),
            dataIndex: 'action',
            key: 'action',
            // The code stays at hand (hover) for whoever compares with the export or the API.
            render: (value: string) => (
              <span title={t('audit.actionCode', { code: value })}>{describeAuditAction(value, t)}</span>
            ),
          },
          {
            title: t('audit.entity'),
            key: 'entity',
            render: (_, entry) => (
              <span title={entry.entityId ?? undefined}>
                {describeAuditEntity(entry.entityType, t)}
                {entry.entityId ? (
                  <Typography.Text type="secondary"> · {entry.entityId.slice(0, 8)}</Typography.Text>
                ) : null}
              </span>
            ),
            responsive: ['md'],
          },
        ]}
      />
    </Flex>
  );
}

const tabKeys = ['profile', 'members', 'invitations', 'tokens', 'audit'] as const;
type TabKey = (typeof tabKeys)[number];

export default function OrganisationPage() {
  const { t } = useTranslation();
  const { session, activeMembership } = useSession();
  const [searchParameters, setSearchParameters] = useSearchParams();
  // The session names the organisation in Russian only; the record has the English name for the English interface.
  const organisationLabel = useOrganisationLabel();
  const organisationId = activeMembership?.organisationId;
  const organisation = useQuery({
    queryKey: ['organisation', organisationId],
    queryFn: () => organisationsApi.get(organisationId as string),
    enabled: Boolean(organisationId),
  });
  if (!organisationId) {
    return (
      <>
        <PageHeader title={t('organisation.title')} />
        <EmptyState title={t('organisation.none')} hint={t('organisation.noneHint')} />
      </>
    );
  }
  const isAdmin = activeMembership?.role === 'admin' || Boolean(session?.user.isPlatformAdmin);
  const visibleTabs: TabKey[] = isAdmin ? [...tabKeys] : ['profile', 'members', 'tokens'];
  const requested = searchParameters.get('tab') as TabKey | null;
  const activeTab = requested && visibleTabs.includes(requested) ? requested : 'profile';

  return (
    <>
      <PageHeader
        title={organisation.data ? organisationLabel(organisation.data) : activeMembership!.organisationName}
        subtitle={t(`roles.${activeMembership!.role}`)}
      />
      <Card size="small">
        {organisation.error ? <ErrorAlert error={organisation.error} /> : null}
        {isAdmin ? null : (
          // Members would otherwise not know why invitations and the audit log are missing, nor whom to ask.
          <Typography.Paragraph type="secondary">{t('organisation.adminOnlyNote')}</Typography.Paragraph>
        )}
        <Tabs
          activeKey={activeTab}
          onChange={(key) => setSearchParameters({ tab: key }, { replace: true })}
          destroyOnHidden
          items={visibleTabs.map((key) => ({
            key,
            label: t(`organisation.tabs.${key}`),
            children:
              key === 'profile' ? (
                organisation.data ? (
                  <ProfileTab organisation={organisation.data} isAdmin={isAdmin} />
                ) : (
                  <Skeleton active />
                )
              ) : key === 'members' ? (
                <MembersTab organisationId={organisationId} isAdmin={isAdmin} />
              ) : key === 'invitations' ? (
                <InvitationsTab organisationId={organisationId} />
              ) : key === 'tokens' ? (
                <ApiTokensTab />
              ) : (
                <AuditTab organisationId={organisationId} />
              ),
          }))}
        />
      </Card>
    </>
  );
}
