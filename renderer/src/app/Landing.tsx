import { Card, Col, Row, Typography } from 'antd';
import { Link } from 'react-router';
import { appText } from './text';

const PAGES = ['window', 'kiosk', 'board', 'pad', 'admin'] as const;

/** The root of the hall address: which screen should this device be? */
export function Landing() {
  return (
    <div className="landing">
      <Typography.Title>{appText.productName}</Typography.Title>
      <Typography.Title level={3} type="secondary">
        {appText.landingTitle}
      </Typography.Title>
      <Row gutter={[24, 24]}>
        {PAGES.map((page) => (
          <Col key={page} xs={24} sm={12} lg={8}>
            <Link to={`/${page}`}>
              <Card hoverable className="landing-card">
                <Card.Meta title={appText.pages[page].title} description={appText.pages[page].desc} />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </div>
  );
}
