#include "pagedmodel.h"

namespace backroom::ui {

bool PagedModelBase::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void PagedModelBase::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    m_fetching = true;
    requestNextPage();
}

void PagedModelBase::reload()
{
    beginResetModel();
    m_liveGeneration->store(++m_generation);
    clearRows();
    m_fetching = false;
    m_atEnd = false;
    endResetModel();
    fetchMore({});
}

void PagedModelBase::beginJob()
{
    if (m_pending++ == 0)
        emit loadingChanged(true);
}

void PagedModelBase::endJob()
{
    if (--m_pending == 0)
        emit loadingChanged(false);
}

} // namespace backroom::ui
