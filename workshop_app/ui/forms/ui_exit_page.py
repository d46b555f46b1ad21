# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exit_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_ExitPageForm(object):
    def setupUi(self, ExitPageForm):
        if not ExitPageForm.objectName():
            ExitPageForm.setObjectName(u"ExitPageForm")
        ExitPageForm.resize(1060, 660)
        self.rootLayout = QVBoxLayout(ExitPageForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.splitter = QSplitter(ExitPageForm)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.termsGroup = QGroupBox(self.splitter)
        self.termsGroup.setObjectName(u"termsGroup")
        self.termsLayout = QGridLayout(self.termsGroup)
        self.termsLayout.setObjectName(u"termsLayout")
        self.renewalLabel = QLabel(self.termsGroup)
        self.renewalLabel.setObjectName(u"renewalLabel")
        self.renewalLabel.setWordWrap(True)
        self.renewalLabel.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.termsLayout.addWidget(self.renewalLabel, 0, 0, 1, 1)

        self.renewalEdit = QPlainTextEdit(self.termsGroup)
        self.renewalEdit.setObjectName(u"renewalEdit")
        self.renewalEdit.setTabChangesFocus(True)

        self.termsLayout.addWidget(self.renewalEdit, 1, 0, 1, 1)

        self.noticeLabel = QLabel(self.termsGroup)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.termsLayout.addWidget(self.noticeLabel, 2, 0, 1, 1)

        self.noticeEdit = QPlainTextEdit(self.termsGroup)
        self.noticeEdit.setObjectName(u"noticeEdit")
        self.noticeEdit.setTabChangesFocus(True)

        self.termsLayout.addWidget(self.noticeEdit, 3, 0, 1, 1)

        self.obligationsLabel = QLabel(self.termsGroup)
        self.obligationsLabel.setObjectName(u"obligationsLabel")
        self.obligationsLabel.setWordWrap(True)
        self.obligationsLabel.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.termsLayout.addWidget(self.obligationsLabel, 4, 0, 1, 1)

        self.obligationsEdit = QPlainTextEdit(self.termsGroup)
        self.obligationsEdit.setObjectName(u"obligationsEdit")
        self.obligationsEdit.setTabChangesFocus(True)

        self.termsLayout.addWidget(self.obligationsEdit, 5, 0, 1, 1)

        self.changeRulesLabel = QLabel(self.termsGroup)
        self.changeRulesLabel.setObjectName(u"changeRulesLabel")
        self.changeRulesLabel.setWordWrap(True)
        self.changeRulesLabel.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.termsLayout.addWidget(self.changeRulesLabel, 6, 0, 1, 1)

        self.changeRulesEdit = QPlainTextEdit(self.termsGroup)
        self.changeRulesEdit.setObjectName(u"changeRulesEdit")
        self.changeRulesEdit.setTabChangesFocus(True)

        self.termsLayout.addWidget(self.changeRulesEdit, 7, 0, 1, 1)

        self.splitter.addWidget(self.termsGroup)
        self.tablesPane = QWidget(self.splitter)
        self.tablesPane.setObjectName(u"tablesPane")
        self.tablesLayout = QVBoxLayout(self.tablesPane)
        self.tablesLayout.setObjectName(u"tablesLayout")
        self.tablesLayout.setContentsMargins(0, 0, 0, 0)
        self.triggersGroup = QGroupBox(self.tablesPane)
        self.triggersGroup.setObjectName(u"triggersGroup")
        self.triggersLayout = QVBoxLayout(self.triggersGroup)
        self.triggersLayout.setObjectName(u"triggersLayout")
        self.triggersButtons = QHBoxLayout()
        self.triggersButtons.setObjectName(u"triggersButtons")
        self.addTriggersButton = QPushButton(self.triggersGroup)
        self.addTriggersButton.setObjectName(u"addTriggersButton")

        self.triggersButtons.addWidget(self.addTriggersButton)

        self.removeTriggersButton = QPushButton(self.triggersGroup)
        self.removeTriggersButton.setObjectName(u"removeTriggersButton")

        self.triggersButtons.addWidget(self.removeTriggersButton)

        self.triggersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.triggersButtons.addItem(self.triggersSpacer)


        self.triggersLayout.addLayout(self.triggersButtons)

        self.triggersView = QTableView(self.triggersGroup)
        self.triggersView.setObjectName(u"triggersView")

        self.triggersLayout.addWidget(self.triggersView)


        self.tablesLayout.addWidget(self.triggersGroup)

        self.assetsGroup = QGroupBox(self.tablesPane)
        self.assetsGroup.setObjectName(u"assetsGroup")
        self.assetsLayout = QVBoxLayout(self.assetsGroup)
        self.assetsLayout.setObjectName(u"assetsLayout")
        self.assetsButtons = QHBoxLayout()
        self.assetsButtons.setObjectName(u"assetsButtons")
        self.addAssetsButton = QPushButton(self.assetsGroup)
        self.addAssetsButton.setObjectName(u"addAssetsButton")

        self.assetsButtons.addWidget(self.addAssetsButton)

        self.removeAssetsButton = QPushButton(self.assetsGroup)
        self.removeAssetsButton.setObjectName(u"removeAssetsButton")

        self.assetsButtons.addWidget(self.removeAssetsButton)

        self.assetsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.assetsButtons.addItem(self.assetsSpacer)


        self.assetsLayout.addLayout(self.assetsButtons)

        self.assetsView = QTableView(self.assetsGroup)
        self.assetsView.setObjectName(u"assetsView")

        self.assetsLayout.addWidget(self.assetsView)

        self.assetsNote = QLabel(self.assetsGroup)
        self.assetsNote.setObjectName(u"assetsNote")
        self.assetsNote.setWordWrap(True)

        self.assetsLayout.addWidget(self.assetsNote)


        self.tablesLayout.addWidget(self.assetsGroup)

        self.splitter.addWidget(self.tablesPane)

        self.rootLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.renewalLabel.setBuddy(self.renewalEdit)
        self.noticeLabel.setBuddy(self.noticeEdit)
        self.obligationsLabel.setBuddy(self.obligationsEdit)
        self.changeRulesLabel.setBuddy(self.changeRulesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.renewalEdit, self.noticeEdit)
        QWidget.setTabOrder(self.noticeEdit, self.obligationsEdit)
        QWidget.setTabOrder(self.obligationsEdit, self.changeRulesEdit)
        QWidget.setTabOrder(self.changeRulesEdit, self.addTriggersButton)
        QWidget.setTabOrder(self.addTriggersButton, self.removeTriggersButton)
        QWidget.setTabOrder(self.removeTriggersButton, self.triggersView)
        QWidget.setTabOrder(self.triggersView, self.addAssetsButton)
        QWidget.setTabOrder(self.addAssetsButton, self.removeAssetsButton)
        QWidget.setTabOrder(self.removeAssetsButton, self.assetsView)

        self.retranslateUi(ExitPageForm)

        QMetaObject.connectSlotsByName(ExitPageForm)
    # setupUi

    def retranslateUi(self, ExitPageForm):
        self.termsGroup.setTitle(QCoreApplication.translate("ExitPageForm", u"Exit and change terms", None))
        self.renewalLabel.setText(QCoreApplication.translate("ExitPageForm", u"&Renewal timeline", None))
#if QT_CONFIG(accessibility)
        self.renewalEdit.setAccessibleName(QCoreApplication.translate("ExitPageForm", u"Renewal timeline", None))
#endif // QT_CONFIG(accessibility)
        self.noticeLabel.setText(QCoreApplication.translate("ExitPageForm", u"&Notice period", None))
#if QT_CONFIG(accessibility)
        self.noticeEdit.setAccessibleName(QCoreApplication.translate("ExitPageForm", u"Notice period", None))
#endif // QT_CONFIG(accessibility)
        self.obligationsLabel.setText(QCoreApplication.translate("ExitPageForm", u"Ongoing &obligations", None))
#if QT_CONFIG(accessibility)
        self.obligationsEdit.setAccessibleName(QCoreApplication.translate("ExitPageForm", u"Ongoing obligations after exit", None))
#endif // QT_CONFIG(accessibility)
        self.changeRulesLabel.setText(QCoreApplication.translate("ExitPageForm", u"Rules for proposing &changes", None))
#if QT_CONFIG(accessibility)
        self.changeRulesEdit.setAccessibleName(QCoreApplication.translate("ExitPageForm", u"Rules for proposing changes", None))
#endif // QT_CONFIG(accessibility)
        self.triggersGroup.setTitle(QCoreApplication.translate("ExitPageForm", u"Exit triggers", None))
        self.addTriggersButton.setText(QCoreApplication.translate("ExitPageForm", u"Add &trigger", None))
        self.removeTriggersButton.setText(QCoreApplication.translate("ExitPageForm", u"Remove tri&gger", None))
#if QT_CONFIG(accessibility)
        self.triggersView.setAccessibleName(QCoreApplication.translate("ExitPageForm", u"Exit triggers", None))
#endif // QT_CONFIG(accessibility)
        self.assetsGroup.setTitle(QCoreApplication.translate("ExitPageForm", u"Shared assets and their treatment on exit", None))
        self.addAssetsButton.setText(QCoreApplication.translate("ExitPageForm", u"Add &asset", None))
        self.removeAssetsButton.setText(QCoreApplication.translate("ExitPageForm", u"Remove a&sset", None))
#if QT_CONFIG(accessibility)
        self.assetsView.setAccessibleName(QCoreApplication.translate("ExitPageForm", u"Shared assets and their treatment on exit", None))
#endif // QT_CONFIG(accessibility)
        self.assetsNote.setText(QCoreApplication.translate("ExitPageForm", u"Assets without a treatment on exit are marked.", None))
        pass
    # retranslateUi

