import * as React from 'react';
import { Link } from 'react-router';
import {
  Button,
  Content,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Gallery,
  Label,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
} from '@patternfly/react-core';
import { CatalogTile } from '@patternfly/react-catalog-view-extension/dist/esm/components/CatalogTile/CatalogTile';
import type { CatalogItem } from '@openshift-console/dynamic-plugin-sdk';

const text = (v: unknown): string =>
  typeof v === 'string' || typeof v === 'number' ? String(v) : '';

/** The item's details and its call to action, as the console's catalog side panel shows them. */
const ItemDetails: React.FC<{ item: CatalogItem; onClose: () => void }> = ({ item, onClose }) => (
  <Modal isOpen onClose={onClose} variant="medium" aria-labelledby="dev-catalog-details-title">
    <ModalHeader
      title={text(item.name)}
      labelId="dev-catalog-details-title"
      description={text(item.typeLabel)}
    />
    <ModalBody data-test="dev-catalog-details">
      {item.description && <Content component="p">{text(item.description)}</Content>}
      <DescriptionList isCompact isHorizontal>
        {(item.details?.properties ?? []).map((p) => (
          <DescriptionListGroup key={text(p.label)}>
            <DescriptionListTerm>{text(p.label)}</DescriptionListTerm>
            <DescriptionListDescription>{text(p.value)}</DescriptionListDescription>
          </DescriptionListGroup>
        ))}
      </DescriptionList>
    </ModalBody>
    <ModalFooter>
      {item.cta?.href && (
        <Link
          to={item.cta.href}
          className="pf-v6-c-button pf-m-primary"
          data-test="dev-catalog-cta"
        >
          {item.cta.label}
        </Link>
      )}
      <Button variant="link" onClick={onClose}>
        Cancel
      </Button>
    </ModalFooter>
  </Modal>
);

/** Tiles for the items, each opening its details. */
export const DevCatalogItems: React.FC<{ items: CatalogItem[] }> = ({ items }) => {
  const [open, setOpen] = React.useState<CatalogItem>();
  return (
    <>
      <Gallery hasGutter minWidths={{ default: '240px' }} role="list" data-test="dev-catalog-items">
        {items.map((item) => (
          <div role="listitem" key={`${item.type}/${item.uid}`}>
            <CatalogTile
              id={`dev-catalog-tile-${item.uid.replace(/[^A-Za-z0-9_-]/g, '_')}`}
              featured={false}
              href=""
              isCompact
              onClick={() => setOpen(item)}
              title={text(item.name)}
              vendor={item.provider ? `Provided by ${text(item.provider)}` : undefined}
              description={text(item.description)}
              badges={[
                <Label key="type" isCompact color="blue">
                  {text(item.typeLabel) || item.type}
                </Label>,
              ]}
              data-test="dev-catalog-tile"
              data-type={item.type}
              data-name={text(item.name)}
            />
          </div>
        ))}
      </Gallery>
      {open && <ItemDetails item={open} onClose={() => setOpen(undefined)} />}
    </>
  );
};
