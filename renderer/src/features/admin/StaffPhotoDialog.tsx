import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Popconfirm, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { StaffEntry } from '../../../../shared/features/staff/contract';
import { api } from '../../api/hall';
import { errorText } from '../../app/errors';
import { ClerkAvatar } from '../staff/ClerkAvatar';
import { PHOTO_SOURCE_TYPES, PhotoProblem, preparePortrait } from './portrait';
import { adminText as t } from './text';

const PREVIEW_HEIGHT = 240;

/**
 * Sets or removes a staff member's photo: the picked image is cropped and encoded in the browser and shown
 * before it is sent; the host checks it again and says why when it refuses.
 */
export function StaffPhotoDialog({ member, onClose, onSaved }: { member: StaffEntry; onClose(): void; onSaved(): void }) {
  const [picked, setPicked] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const pick = async (file: File) => {
    setProblem(null);
    setPicked(null);
    try {
      setPicked(await preparePortrait(file));
    } catch (error) {
      setProblem(error instanceof PhotoProblem ? error.message : t.photoUnreadable);
    }
  };
  const send = async (photo: string | null) => {
    setSending(true);
    try {
      await api.staff.setPhoto({ staffId: member.id, photo });
      onSaved();
    } catch (error) {
      setProblem(errorText(error));
      setSending(false);
    }
  };

  return (
    <Modal
      open
      title={t.photoTitle(member.name)}
      onCancel={onClose}
      footer={[
        member.photoVersion && (
          <Popconfirm key="remove" title={t.removePhotoConfirm} okText={t.removePhoto} cancelText={t.cancel} onConfirm={() => void send(null)}>
            <Button danger disabled={sending} className="staff-photo-remove">
              {t.removePhoto}
            </Button>
          </Popconfirm>
        ),
        <Button key="cancel" onClick={onClose}>
          {t.cancel}
        </Button>,
        <Button key="save" type="primary" disabled={!picked} loading={sending} onClick={() => void send(picked)}>
          {t.save}
        </Button>,
      ]}
    >
      <div className="staff-photo-dialog">
        {picked ? (
          <img className="clerk-photo" src={picked} alt={t.photoPreview} width={PREVIEW_HEIGHT * 0.75} height={PREVIEW_HEIGHT} />
        ) : (
          <ClerkAvatar person={member} size={PREVIEW_HEIGHT} />
        )}
        <div className="staff-photo-side">
          <Upload
            accept={PHOTO_SOURCE_TYPES.join(',')}
            showUploadList={false}
            beforeUpload={(file) => {
              void pick(file);
              return Upload.LIST_IGNORE;
            }}
          >
            <Button icon={<UploadOutlined />}>{t.choosePhoto}</Button>
          </Upload>
          <Typography.Paragraph type="secondary">{member.photoVersion || picked ? t.photoHint : `${t.noPhoto}。${t.photoHint}`}</Typography.Paragraph>
          {problem && <Alert type="error" showIcon message={problem} />}
        </div>
      </div>
    </Modal>
  );
}
