import { TeamOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Radio, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { hotListsApi } from '../api/coopex-api';
import type { DemandList, DemandListSharing, DemandListVisibility } from '../api/types';
import { describeError } from './error-alert';
import { FormDialog } from './form-dialog';
import { OrganisationName } from './organisation-name';
import { OrganisationsSelect } from './remote-selects';

/** The invited organisations are read from the server by those who may change them (the owner's editors). */
const savedSharingKey = (listId: string) => ['demand-list-sharing', listId] as const;

function useSavedSharing(listId: string, canEdit: boolean) {
  return useQuery<DemandListSharing | null>({
    queryKey: savedSharingKey(listId),
    queryFn: () => hotListsApi.sharing(listId),
    enabled: canEdit,
  });
}

interface SharingForm {
  visibility: DemandListVisibility;
  invitedOrganisationIds: string[];
}

function SharingDialog({
  list,
  saved,
  onClose,
}: {
  list: DemandList;
  saved: DemandListSharing | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<SharingForm>();
  const visibility = Form.useWatch('visibility', form) ?? list.visibility;
  const invited = Form.useWatch('invitedOrganisationIds', form) ?? [];
  const save = useMutation({
    mutationFn: (values: SharingForm) =>
      hotListsApi.share(list.id, {
        visibility: values.visibility,
        // A list seen union-wide keeps no invitations: saving always states the whole set.
        invitedOrganisationIds: values.visibility === 'invited' ? (values.invitedOrganisationIds ?? []) : [],
      }),
    onSuccess: async (result) => {
      queryClient.setQueryData(savedSharingKey(list.id), result);
      queryClient.setQueryData<DemandList>(['demand-list', list.id], (previous) =>
        previous ? { ...previous, visibility: result.visibility } : previous,
      );
      message.success(t('sharing.saved'));
      onClose();
      await queryClient.invalidateQueries({ queryKey: ['demand-lists'] });
    },
  });
  const knowsInvited = saved !== null && saved.visibility === 'invited';

  return (
    <FormDialog
      title={t('sharing.title')}
      isSaving={save.isPending}
      errorText={save.error ? describeError(save.error, t) : null}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={600}
    >
      <Form<SharingForm>
        form={form}
        layout="vertical"
        initialValues={{
          visibility: list.visibility,
          invitedOrganisationIds: knowsInvited ? saved.invitedOrganisationIds : [],
        }}
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item name="visibility">
          <Radio.Group
            aria-label={t('sharing.title')}
            className="sharing-options"
            options={(['union', 'invited'] as const).map((value) => ({
              value,
              label: (
                <Flex vertical>
                  <span>{t(`sharing.${value}`)}</span>
                  <Typography.Text type="secondary">
                    {t(value === 'union' ? 'sharing.unionHint' : 'sharing.invitedHint')}
                  </Typography.Text>
                </Flex>
              ),
            }))}
          />
        </Form.Item>
        {visibility === 'invited' ? (
          <>
            <Form.Item
              name="invitedOrganisationIds"
              label={t('sharing.organisations')}
              htmlFor="sharing-organisations"
              extra={invited.length === 0 ? t('sharing.noneInvited') : undefined}
            >
              <OrganisationsSelect
                id="sharing-organisations"
                exclude={[list.organisationId]}
                placeholder={t('sharing.organisationsPlaceholder')}
              />
            </Form.Item>
            <Alert
              type={knowsInvited ? 'info' : 'warning'}
              showIcon
              className="form-alert"
              title={knowsInvited ? t('sharing.replaceKnown') : t('sharing.replaceUnknown')}
            />
          </>
        ) : null}
        <Typography.Paragraph type="secondary" className="sharing-note">
          {t('sharing.alwaysSee')}
        </Typography.Paragraph>
      </Form>
    </FormDialog>
  );
}

/**
 * Who sees a hot list, and for its owner the button that opens the editor. It holds no state of its own: the page
 * keeps whether the editor is open, since a responsive description list may remount what it shows.
 */
export function HotListVisibility({
  list,
  onChange,
}: {
  list: DemandList;
  onChange?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const saved = useSavedSharing(list.id, onChange !== undefined).data ?? null;
  const invited =
    saved?.visibility === 'invited' && list.visibility === 'invited' ? saved.invitedOrganisationIds : [];
  return (
    <Flex vertical gap={4} align="flex-start">
      <Flex gap={8} wrap align="center">
        <span>{t(`visibility.${list.visibility}`)}</span>
        {onChange ? (
          <Button size="small" icon={<TeamOutlined />} onClick={onChange}>
            {t('sharing.open')}
          </Button>
        ) : null}
      </Flex>
      {invited.length > 0 ? (
        <Flex gap={4} wrap aria-label={t('sharing.invitedNow')}>
          {invited.map((organisationId) => (
            <Tag key={organisationId}>
              <OrganisationName id={organisationId} />
            </Tag>
          ))}
        </Flex>
      ) : null}
    </Flex>
  );
}

/** The editor of who sees a hot list, starting from the set saved last in this session when there is one. */
export function HotListSharingDialog({ list, onClose }: { list: DemandList; onClose: () => void }) {
  const saved = useSavedSharing(list.id, true).data ?? null;
  return <SharingDialog list={list} saved={saved} onClose={onClose} />;
}
